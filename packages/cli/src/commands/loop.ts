import { runMainLoop } from '@motionreg/loops';
import type { JobProgress } from '@motionreg/loops';
import type { RenderProgress } from '@motionreg/render';
import { createProgressReporter } from '../terminal/progress.js';
import type { ProgressReporter } from '../terminal/progress.js';
import { runSignal } from '../terminal/shutdown.js';
import { delayFlag, focusFlag, positiveFlag, ratioFlag, wholeNumberFlag } from './loop-flags.js';
import { storeUrl, withStore } from './store-option.js';

/** Options of `motionreg loop` as commander hands them over. */
export interface LoopFlags {
  runs: string;
  delay: string;
  store?: string;
  focus?: string;
  exploitRatio?: string;
  worker?: string;
  workflow: string;
  out: string;
  seed?: string;
  width: string;
  height: string;
  fps: string;
  duration: string;
  prompt?: string[];
  json?: boolean;
}

/**
 * One progress bar per job on a terminal (frames and ETA while rendering, then the step), cleared
 * before any line is printed; nothing off a terminal or with `--json`.
 */
function jobProgressBars(runs: number, json: boolean) {
  let bar: ProgressReporter | null = null;
  let started = 0;
  let frames = 0;
  const clear = () => {
    bar?.stop();
    bar = null;
  };
  return {
    clear,
    onProgress: ({ phase }: JobProgress) => {
      if (phase === 'interpret') {
        clear();
        started += 1;
        frames = 0;
        bar = createProgressReporter({ label: `job ${started}${runs > 0 ? `/${runs}` : ''}`, total: 1, json });
      } else if (phase === 'done') clear();
      // why: extraction and growth follow a finished render: the bar stays full and names the step.
      else bar?.update(frames, phase);
    },
    onRenderProgress: ({ done, total }: RenderProgress) => {
      frames = done;
      bar?.setTotal(total);
      bar?.update(done, 'render');
    },
  };
}

/**
 * The action of `motionreg loop` (defined in `define-loop.ts`): the main loop of `@motionreg/loops`
 * on the store, one line per job (`Growth [focus] …`), or one JSON line per job with `--json` (the
 * log lines then go to stderr). `--runs 0` runs until SIGINT/SIGTERM, which fails the current job
 * cleanly and exits.
 */
export async function loopAction(flags: LoopFlags): Promise<void> {
  const options = {
    runs: wholeNumberFlag('--runs', flags.runs, 0),
    delayMs: delayFlag(flags.delay),
    ...(flags.focus === undefined ? {} : { focus: focusFlag(flags.focus) }),
    ...(flags.exploitRatio === undefined ? {} : { exploitRatio: ratioFlag(flags.exploitRatio) }),
    ...(flags.worker === undefined ? {} : { worker: flags.worker }),
    workflow: flags.workflow,
    outDir: flags.out,
    ...(flags.seed === undefined ? {} : { seed: wholeNumberFlag('--seed', flags.seed, 0) }),
    width: wholeNumberFlag('--width', flags.width, 16),
    height: wholeNumberFlag('--height', flags.height, 16),
    fps: positiveFlag('--fps', flags.fps),
    defaultDurationSeconds: positiveFlag('--duration', flags.duration),
    prompts: flags.prompt ?? [],
  };
  const bars = jobProgressBars(options.runs, flags.json === true);
  const log = (line: string) => {
    bars.clear();
    (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
  };
  const summary = await withStore(storeUrl(flags.store), (store) =>
    runMainLoop({
      ...options, store, signal: runSignal(), log, onProgress: bars.onProgress, onRenderProgress: bars.onRenderProgress,
      ...(flags.json ? { onJob: (report) => process.stdout.write(`${JSON.stringify(report)}\n`) } : {}),
    }),
  );
  bars.clear();
  log(`${summary.worker} [${summary.focus}]: ${summary.completed} completed, ${summary.failed} failed of ${summary.runs} runs (${summary.claimed} from the queue, ${summary.explored} explored, ${summary.exploited} exploited)${summary.takenOver > 0 ? `, ${summary.takenOver} taken over by other workers` : ''}${summary.interrupted ? ', interrupted' : ''}`);
  if (summary.failed > 0) process.exitCode = 1;
}
