import { runSoundLoop } from '@motionreg/loops';
import { invalidInput } from '@motionreg/primitives';
import { delayFlag, positiveFlag, wholeNumberFlag } from './loop-flags.js';
import { runSignal } from '../terminal/shutdown.js';
import { storeUrl, withStore } from './store-option.js';

/** Options of `motionreg sound-loop` as commander hands them over. */
export interface SoundLoopFlags {
  runs: string;
  delay: string;
  store?: string;
  seed?: string;
  mode: string;
  duration: string;
  json?: boolean;
}

/** The action of `motionreg sound-loop` (defined in `define-sound-loop.ts`): audio only, grows the static sound registry. */
export async function soundLoopAction(flags: SoundLoopFlags): Promise<void> {
  if (flags.mode !== 'explore' && flags.mode !== 'exploit') throw invalidInput('cli', `--mode ${flags.mode}: must be explore or exploit`);
  const options = {
    runs: wholeNumberFlag('--runs', flags.runs, 0),
    delayMs: delayFlag(flags.delay),
    mode: flags.mode,
    durationSeconds: positiveFlag('--duration', flags.duration),
    ...(flags.seed === undefined ? {} : { seed: wholeNumberFlag('--seed', flags.seed, 0) }),
  } as const;
  const log = (line: string) => (flags.json ? process.stderr : process.stdout).write(`${line}\n`);
  const summary = await withStore(storeUrl(flags.store), (store) => runSoundLoop({ ...options, store, signal: runSignal(), log }));
  if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else log(`sound loop: ${summary.completed} completed, ${summary.failed} failed of ${summary.runs} runs; static sound +${summary.added} new, ${summary.counted} counted${summary.interrupted ? ', interrupted' : ''}`);
}
