import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/**
 * Adds `motionreg loop`: runs the whole pipeline N times on a store (the embedded SQLite file by
 * default), one job per run, printing a line per run (or JSON lines with `--json`).
 */
export function defineLoopCommand(program: Command): Command {
  const command = program
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
    .action(lazyAction(async () => (await import('./loop.js')).loopAction));
  return addExamples(command, [
    ['five runs on the embedded store', 'motionreg loop --runs 5'],
    ['growth of the static registries only, on another SQLite file', 'motionreg loop --runs 10 --focus frame --store sqlite:./frames.db'],
    ['your own prompts first, one JSON line per run', 'motionreg loop --runs 2 --prompt "a calm blue sea" "neon rain" --json'],
  ]);
}
