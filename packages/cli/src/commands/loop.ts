import type { Command } from 'commander';
import { invalidInput } from '@motionreg/primitives';
import { runLoop } from '../loop/run-loop.js';
import type { LoopRunReport } from '../loop/run-loop.js';
import { storeHelp, storeUrl, withStore } from './store-option.js';

interface LoopFlags {
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

/**
 * Adds `motionreg loop`: runs the whole pipeline N times on a store (the embedded SQLite file by
 * default), one job per run, printing a line per run (or JSON lines with `--json`).
 */
export function registerLoopCommand(program: Command): void {
  program
    .command('loop')
    .description('run prompt → interpret → create → render → extract → grow → record, one job per run')
    .option('--runs <n>', 'how many runs', '3')
    .option('--store <url>', storeHelp)
    .option('--focus <focus>', 'what growth reads: frame (static registries), window (dynamic + narrative) or all', 'all')
    .option('--out <dir>', 'where clips and truth files go', './motionreg-out')
    .option('--seed <n>', 'seed of the first run (run i uses seed + i); default random')
    .option('--width <px>', 'clip width', '320')
    .option('--height <px>', 'clip height', '240')
    .option('--fps <n>', 'frames per second', '24')
    .option('--duration <seconds>', 'clip length when the prompt names none', '2')
    .option('--prompt <text...>', 'prompts to run first, instead of generated ones')
    .option('--json', 'print one JSON line per run')
    .action(async (flags: LoopFlags) => {
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
    });
}
