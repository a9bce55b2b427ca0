import type { Command } from 'commander';

/**
 * Appends an `Examples:` block to a command's `--help`, one `$ motionreg …` line per example under
 * its `# comment` (an empty comment continues the example above).
 */
export function addExamples(command: Command, examples: readonly (readonly [comment: string, line: string])[]): Command {
  const text = examples.map(([comment, line]) => `${comment.length > 0 ? `  # ${comment}\n` : ''}  $ ${line}`).join('\n');
  return command.addHelpText('after', `\nExamples:\n${text}\n`);
}
