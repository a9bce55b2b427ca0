import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/** Adds `motionreg sound-loop`: audio only, grows the static sound registry (seed 000 §3.1). */
export function defineSoundLoopCommand(program: Command): Command {
  const command = program
    .command('sound-loop')
    .description('audio only: render pure sounds from the primitives and the registry, segment, grow the static sound registry')
    .option('--runs <n>', 'how many runs; 0 runs until SIGINT/SIGTERM', '3')
    .option('--delay <seconds>', 'wait between runs', '0')
    .option('--store <url>', storeHelp)
    .option('--seed <n>', 'seed of the first run (run i uses seed + i); default random')
    .option('--mode <mode>', 'explore favours underused sounds, exploit the most used', 'explore')
    .option('--duration <seconds>', 'seconds of sound per run', '2')
    .option('--json', 'print the summary as JSON (log lines go to stderr)')
    .action(lazyAction(async () => (await import('./sound-loop.js')).soundLoopAction));
  return addExamples(command, [
    ['ten runs on the embedded store', 'motionreg sound-loop --runs 10'],
    ['a sound worker: until Ctrl-C, a run every 30 s', 'motionreg sound-loop --runs 0 --delay 30 --store sqlite:./registry.db'],
  ]);
}
