import { runMainLoop } from '@motionreg/loops';
import { delayFlag, focusFlag, positiveFlag, ratioFlag, untilInterrupted, wholeNumberFlag } from './loop-flags.js';
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
  const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
  const summary = await withStore(storeUrl(flags.store), (store) =>
    untilInterrupted((signal) =>
      runMainLoop({ ...options, store, signal, log, ...(flags.json ? { onJob: (report) => process.stdout.write(`${JSON.stringify(report)}\n`) } : {}) }),
    ),
  );
  log(`${summary.worker} [${summary.focus}]: ${summary.completed} completed, ${summary.failed} failed of ${summary.runs} runs (${summary.claimed} from the queue, ${summary.explored} explored, ${summary.exploited} exploited)${summary.interrupted ? ', interrupted' : ''}`);
  if (summary.failed > 0) process.exitCode = 1;
}
