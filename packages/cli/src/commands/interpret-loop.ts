import { runInterpretLoop } from '@motionreg/loops';
import { delayFlag, wholeNumberFlag } from './loop-flags.js';
import { runSignal } from '../terminal/shutdown.js';
import { storeUrl, withStore } from './store-option.js';

/** Options of `motionreg interpret-loop` as commander hands them over. */
export interface InterpretLoopFlags {
  runs: string;
  delay: string;
  store?: string;
  seed?: string;
  generate: string;
  json?: boolean;
}

/** The action of `motionreg interpret-loop` (defined in `define-interpret-loop.ts`): the `[cycle]` lines, then a summary. */
export async function interpretLoopAction(flags: InterpretLoopFlags): Promise<void> {
  const options = {
    runs: wholeNumberFlag('--runs', flags.runs, 0),
    delayMs: delayFlag(flags.delay),
    generate: wholeNumberFlag('--generate', flags.generate, 0),
    ...(flags.seed === undefined ? {} : { seed: wholeNumberFlag('--seed', flags.seed, 0) }),
  };
  const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
  const summary = await withStore(storeUrl(flags.store), (store) => runInterpretLoop({ ...options, store, signal: runSignal(), log }));
  if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (summary.failed > 0) process.exitCode = 1;
}
