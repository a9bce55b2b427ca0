import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/** Adds `motionreg interpret-loop`: drain the interpretation queue, backfill job prompts, generate prompts, grow linguistic mappings. */
export function defineInterpretLoopCommand(program: Command): Command {
  const command = program
    .command('interpret-loop')
    .description('drain the interpretation queue, interpret job prompts never interpreted, generate new readable prompts, grow linguistic mappings')
    .option('--runs <n>', 'how many cycles; 0 runs until SIGINT/SIGTERM', '1')
    .option('--delay <seconds>', 'wait between cycles', '0')
    .option('--store <url>', storeHelp)
    .option('--seed <n>', "seed of the first cycle's prompt generator; default random")
    .option('--generate <n>', 'new prompts generated per cycle', '1')
    .option('--json', 'print the summary as JSON (the [cycle] lines go to stderr)')
    .action(lazyAction(async () => (await import('./interpret-loop.js')).interpretLoopAction));
  return addExamples(command, [
    ['one cycle on the embedded store', 'motionreg interpret-loop'],
    ['an interpret worker: a cycle every minute until Ctrl-C', 'motionreg interpret-loop --runs 0 --delay 60 --generate 5'],
  ]);
}
