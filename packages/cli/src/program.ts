import { createRequire } from 'node:module';
import { Command } from 'commander';
import { registerExtractCommand } from './commands/extract.js';
import { registerLoopCommand } from './commands/loop.js';
import { registerInterpretCommand } from './commands/interpret.js';
import { registerRegistryCommand } from './commands/registry.js';
import { registerRenderCommand } from './commands/render.js';

const require = createRequire(import.meta.url);
// why: read the version from the installed package.json so `--version` can never drift from npm.
const { version } = require('../package.json') as { version: string };

/**
 * Builds the `motionreg` command tree. Commands are added by `register*` functions, one per feature
 * folder, so each stays small and testable.
 */
export function createProgram(): Command {
  const program = new Command('motionreg')
    .description('Turn English prompts into procedural clips, measure any MP4, and grow named registries of what was found.')
    .version(version, '-v, --version', 'print the motionreg version')
    .showHelpAfterError('(run motionreg --help for usage)');
  registerExtractCommand(program);
  registerInterpretCommand(program);
  registerRegistryCommand(program);
  registerLoopCommand(program);
  registerRenderCommand(program);
  return program;
}
