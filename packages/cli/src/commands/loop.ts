import { invalidInput } from '@motionreg/primitives';
import { runLoop } from '../loop/run-loop.js';
import type { LoopRunReport } from '../loop/run-loop.js';
import { storeUrl, withStore } from './store-option.js';

/** Options of `motionreg loop` as commander hands them over. */
export interface LoopFlags {
  runs: string;
  store?: string;
  focus: string;
  out: string;
  seed?: string;
  width: string;
  height: string;
  fps: string;
  duration: string;
  prompt?: string[];
  json?: boolean;
}

function wholeNumber(flag: string, value: string, minimum: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw invalidInput('cli', `${flag} ${value}: must be a whole number ≥ ${minimum}`);
  return number;
}

function positive(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw invalidInput('cli', `${flag} ${value}: must be a positive number`);
  return number;
}

function describeRun(report: LoopRunReport, runs: number): string {
  return `[${report.run}/${runs}] ${report.jobId} ${report.strategy} seed ${report.seed}: +${report.added} new, ${report.counted} counted, +${report.linguisticAdded} linguistic — ${report.prompt}\n`;
}

/** The action of `motionreg loop` (defined in `define-loop.ts`). */
export async function loopAction(flags: LoopFlags): Promise<void> {
  const runs = wholeNumber('--runs', flags.runs, 1);
  if (!['frame', 'window', 'all'].includes(flags.focus)) throw invalidInput('cli', `--focus ${flags.focus}: must be frame, window or all`);
  await withStore(storeUrl(flags.store), async (store) => {
    for await (const report of runLoop(store, {
      runs,
      focus: flags.focus as 'frame' | 'window' | 'all',
      outDir: flags.out,
      ...(flags.seed === undefined ? {} : { seed: wholeNumber('--seed', flags.seed, 0) }),
      width: wholeNumber('--width', flags.width, 16),
      height: wholeNumber('--height', flags.height, 16),
      fps: wholeNumber('--fps', flags.fps, 1),
      durationSeconds: positive('--duration', flags.duration),
      prompts: flags.prompt ?? [],
    })) {
      process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : describeRun(report, runs));
    }
  });
}
