import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { buildSpec } from '@motionreg/create';
import { interpret } from '@motionreg/interpret';
import { createSecureRandom, creationStrategies, emptyKnowledge, invalidInput } from '@motionreg/primitives';
import type { CreationStrategy, Knowledge } from '@motionreg/primitives';
import { renderClip } from '@motionreg/render';
import { storeHelp, storeUrl, withStore } from './store-option.js';

/** Options as commander hands them over (strings until checked). */
interface RenderFlags {
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

/** Clip length when neither the prompt nor `--duration` gives one. */
const defaultDurationSeconds = 2;

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

/** Knowledge for creation: none with `--origins-only`, else the store's (`--store`, `MOTIONREG_STORE`, or the embedded default). */
async function loadKnowledge(flags: RenderFlags): Promise<Knowledge> {
  if (flags.originsOnly) return emptyKnowledge();
  return withStore(storeUrl(flags.store), (store) => store.getKnowledge());
}

/**
 * Adds `motionreg render --prompt "<prompt>" --out clip.mp4`: interprets the prompt, builds a spec from it and
 * the registry's knowledge, and renders `clip.mp4` with `clip.truth.json` beside it. Prints the seed, so
 * the same clip can be made again with `--seed`.
 */
export function registerRenderCommand(program: Command): void {
  program
    .command('render')
    .description('render a prompt into an H.264/AAC MP4 and its ground truth (<clip>.truth.json)')
    .requiredOption('--prompt <text>', 'what the clip should be, in any English')
    .requiredOption('--out <path>', 'the MP4 to write; the truth goes beside it')
    .option('--seed <n>', 'seed of every random choice (default: a fresh random seed, printed)')
    .option('--width <px>', 'frame width, even', '320')
    .option('--height <px>', 'frame height, even', '240')
    .option('--fps <n>', 'frames per second', '24')
    .option('--duration <seconds>', `clip length (default: the prompt's, else ${defaultDurationSeconds})`)
    .option('--mode <mode>', 'explore favours underused registry entries, exploit the most used', 'explore')
    .option('--store <url>', `registry to read knowledge from; ${storeHelp}`)
    .option('--origins-only', 'ignore every registry: choose from the origin vocabularies alone')
    .option('--stills <frames>', 'comma-separated frame indices to also write as PNG')
    .option('--wav', 'also write the audio as a WAV')
    .option('--json', 'print what was written as JSON')
    .action(async (flags: RenderFlags) => {
      const width = wholeNumber('--width', flags.width, 16);
      const height = wholeNumber('--height', flags.height, 16);
      const fps = positiveNumber('--fps', flags.fps);
      const duration = flags.duration === undefined ? undefined : positiveNumber('--duration', flags.duration);
      const seed = flags.seed === undefined ? createSecureRandom().int(0, 2 ** 31 - 1) : wholeNumber('--seed', flags.seed, 0);
      if (!(creationStrategies as readonly string[]).includes(flags.mode)) throw invalidInput('cli', `--mode ${flags.mode}: must be explore or exploit`);
      const stills = flags.stills === undefined ? [] : flags.stills.split(',').map((frame) => wholeNumber('--stills', frame.trim(), 0));
      if (flags.originsOnly && flags.store !== undefined) throw invalidInput('cli', '--store with --origins-only: choose one');

      const knowledge = await loadKnowledge(flags);
      const instruction = interpret(flags.prompt, { knowledge });
      const spec = buildSpec(instruction, knowledge, { seed, mode: flags.mode as CreationStrategy, durationSeconds: duration ?? defaultDurationSeconds });
      await mkdir(dirname(flags.out), { recursive: true });
      const result = await renderClip(spec, {
        out: flags.out, width, height, fps, stills, wav: flags.wav ?? false,
        ...(duration === undefined ? {} : { durationSeconds: duration }),
      });
      const summary = {
        out: result.out,
        truth: result.truthPath,
        stills: result.stillPaths,
        wav: result.wavPath,
        seed,
        mode: flags.mode,
        frames: result.truth.video.frameCount,
        creationMode: spec.creationMode,
      };
      process.stdout.write(
        flags.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `wrote ${result.out} (${width}x${height}, ${summary.frames} frames, ${spec.creationMode}) and ${result.truthPath} — seed ${seed}\n`,
      );
    });
}
