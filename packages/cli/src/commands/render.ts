import { basename } from 'node:path';
// why: the job entry alone, not the loops (which import extract, grow and report before the first frame).
import { runJob } from '@motionreg/loops/job';
import { createSecureRandom, creationStrategies, invalidInput } from '@motionreg/primitives';
import type { CreationStrategy, RegistryStore } from '@motionreg/primitives';
import { defaultDurationSeconds } from './define-render.js';
import { createProgressReporter } from '../terminal/progress.js';
import type { ProgressReporter } from '../terminal/progress.js';
import { runSignal } from '../terminal/shutdown.js';
import { missingSqliteFile, storeUrl, withStoreToRead } from './store-option.js';

/** Options as commander hands them over (strings until checked). */
export interface RenderFlags {
  prompt: string;
  out: string;
  seed?: string;
  width: string;
  height: string;
  fps: string;
  duration?: string;
  mode: string;
  store?: string;
  originsOnly?: boolean;
  stills?: string;
  wav?: boolean;
  json?: boolean;
}


function wholeNumber(flag: string, value: string, minimum: number): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < minimum) throw invalidInput('cli', `${flag} ${value}: must be a whole number ≥ ${minimum}`);
  return number;
}

function positiveNumber(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw invalidInput('cli', `${flag} ${value}: must be a positive number`);
  return number;
}

/**
 * Runs `work` on the store to read knowledge from, opened for reading; with no registry there yet (the
 * embedded default before any loop ran), on none: the clip is made from the origin vocabularies alone,
 * and a terminal is told so. Rendering never creates a store.
 */
async function withKnowledgeStore<T>(url: string, flags: RenderFlags, work: (store: RegistryStore | null) => Promise<T>): Promise<T> {
  const missing = missingSqliteFile(url);
  if (missing === undefined) return withStoreToRead(url, work);
  if (process.stderr.isTTY === true && flags.json !== true) process.stderr.write(`[motionreg:cli] no registry at ${missing} yet: rendering from the origin vocabularies alone\n`);
  return work(null);
}

/** The action of `motionreg render` (defined in `define-render.ts`). */
export async function renderAction(flags: RenderFlags): Promise<void> {
  const width = wholeNumber('--width', flags.width, 16);
  const height = wholeNumber('--height', flags.height, 16);
  const fps = positiveNumber('--fps', flags.fps);
  const duration = flags.duration === undefined ? undefined : positiveNumber('--duration', flags.duration);
  const seed = flags.seed === undefined ? createSecureRandom().int(0, 2 ** 31 - 1) : wholeNumber('--seed', flags.seed, 0);
  if (!(creationStrategies as readonly string[]).includes(flags.mode)) throw invalidInput('cli', `--mode ${flags.mode}: must be explore or exploit`);
  const stills = flags.stills === undefined ? [] : flags.stills.split(',').map((frame) => wholeNumber('--stills', frame.trim(), 0));
  if (flags.originsOnly && flags.store !== undefined) throw invalidInput('cli', '--store with --origins-only: choose one');

  // why: the same pipeline as the loop (runJob), stopped after the clip: the store is only read, no job is recorded.
  // A bar with frames and ETA on a terminal (never with --json); created at the first frame, once the total is known.
  let progress: ProgressReporter | undefined;
  const run = (store: RegistryStore | null) => runJob({
    store, steps: 'render', prompt: flags.prompt, seed, mode: flags.mode as CreationStrategy, out: flags.out, width, height, fps, stills, wav: flags.wav ?? false,
    defaultDurationSeconds, ...(duration === undefined ? {} : { durationSeconds: duration }), signal: runSignal(),
    onRenderProgress: ({ done, total }) => {
      progress ??= createProgressReporter({ label: `render ${basename(flags.out)}`, total, json: flags.json === true });
      progress.update(done);
    },
  });
  let result: Awaited<ReturnType<typeof runJob>>;
  try {
    result = flags.originsOnly ? await run(null) : await withKnowledgeStore(storeUrl(flags.store), flags, run);
  } finally {
    progress?.stop();
  }
  const summary = {
    out: result.clipPath,
    truth: result.truthPath,
    stills: result.stillPaths,
    wav: result.wavPath,
    seed,
    mode: flags.mode,
    frames: result.frameCount,
    durationSeconds: result.durationSeconds,
    creationMode: result.creationMode,
  };
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `wrote ${result.clipPath} (${width}x${height}, ${summary.frames} frames, ${result.durationSeconds} s, ${result.creationMode}) and ${result.truthPath} — seed ${seed}\n`,
  );
}
