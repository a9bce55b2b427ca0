import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/**
 * Adds `motionreg loop`: the main loop of `@motionreg/loops` on a store (the embedded SQLite file by
 * default): queued jobs first, else explore or exploit, one job per run, a `Growth [focus]` line per
 * job (or JSON lines with `--json`).
 */
export function defineLoopCommand(program: Command): Command {
  const command = program
    .command('loop')
    .description('run prompt → interpret → create → render → extract → grow → record, one job per run')
    .option('--runs <n>', 'how many runs; 0 runs until SIGINT/SIGTERM (the current job is finished or failed cleanly)', '3')
    .option('--delay <seconds>', 'wait between runs', '0')
    .option('--store <url>', storeHelp)
    .option('--focus <focus>', 'what growth reads: frame (static registries), window (dynamic + narrative) or all (default: $LOOP_EXTRACTION_FOCUS, else all)')
    .option('--exploit-ratio <r>', 'share of runs (0–1) that exploit a good earlier prompt rather than explore a new one (default: $LOOP_EXPLOIT_RATIO_OVERRIDE, else 0.3)')
    .option('--worker <name>', "this worker's name on the queued jobs it claims (default: host-pid)")
    .option('--workflow <label>', 'the workflow label recorded on each new job', 'loop')
    .option('--out <dir>', 'where clips and truth files go', './motionreg-out')
    .option('--seed <n>', 'seed of the first run (run i uses seed + i); default random')
    .option('--width <px>', 'clip width, even', '320')
    .option('--height <px>', 'clip height, even', '240')
    .option('--fps <n>', 'frames per second', '24')
    .option('--duration <seconds>', 'clip length when the prompt names none (a prompt\'s own length always wins)', '2')
    .option('--prompt <text...>', 'prompts to run first, before the queue and generated ones')
    .option('--json', 'print one JSON line per job (log lines go to stderr)')
    .action(lazyAction(async () => (await import('./loop.js')).loopAction));
  return addExamples(command, [
    ['five runs on the embedded store', 'motionreg loop --runs 5'],
    ['growth of the static registries only, on another SQLite file', 'motionreg loop --runs 10 --focus frame --store sqlite:./frames.db'],
    ['the three workers of one registry (each in its own terminal), until Ctrl-C', 'LOOP_EXTRACTION_FOCUS=frame LOOP_EXPLOIT_RATIO_OVERRIDE=0 motionreg loop --runs 0'],
    ['', 'LOOP_EXTRACTION_FOCUS=frame LOOP_EXPLOIT_RATIO_OVERRIDE=1 motionreg loop --runs 0'],
    ['', 'LOOP_EXTRACTION_FOCUS=window motionreg loop --runs 0 --delay 5'],
    ['your own prompts first, one JSON line per run', 'motionreg loop --runs 2 --prompt "a calm blue sea" "neon rain" --json'],
  ]);
}
