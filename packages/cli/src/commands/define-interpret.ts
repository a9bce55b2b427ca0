import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';

/**
 * Adds `motionreg interpret "<prompt>"`: prints what the prompt asks for (`--json` for the full
 * instruction). With `--store`, grown linguistic entries and learned colour names are merged in.
 * An empty or wordless prompt exits non-zero with one line on stderr.
 */
export function defineInterpretCommand(program: Command): Command {
  const command = program
    .command('interpret')
    .description('interpret an English prompt (any standard, slang and dialect included) into a motionreg instruction')
    .argument('<prompt>', 'the prompt, in any English')
    .option('--json', 'print the instruction as JSON')
    .option('--store <url>', 'also use this registry’s grown words and learned names: memory:, sqlite:PATH or d1://ACCOUNT_ID/DATABASE_ID')
    .action(lazyAction(async () => (await import('./interpret.js')).interpretAction));
  return addExamples(command, [
    ['what a prompt asks for, in short', 'motionreg interpret "a slow pan over a dreich glen, no music, 8 seconds"'],
    ['the full instruction as JSON', 'motionreg interpret "hella fast neon city" --json'],
    ['with the words a registry has grown', 'motionreg interpret "proper calm vibes" --store sqlite:./motionreg-out/registry.db'],
  ]);
}
