import { createRequire } from 'node:module';
import { Command } from 'commander';
import { addExamples } from './commands/help-examples.js';
import { defineExtractCommand } from './commands/define-extract.js';
import { defineInterpretCommand } from './commands/define-interpret.js';
import { defineLoopCommand } from './commands/define-loop.js';
import { defineInterpretLoopCommand } from './commands/define-interpret-loop.js';
import { defineSoundLoopCommand } from './commands/define-sound-loop.js';
import { defineRegistryCommand } from './commands/define-registry.js';
import { defineRegistryReportCommand } from './commands/define-registry-report.js';
import { defineRenderCommand } from './commands/define-render.js';
import { defineServeCommand } from './commands/serve.js';

const require = createRequire(import.meta.url);
// why: read the version from the installed package.json so `--version` can never drift from npm.
const { version } = require('../package.json') as { version: string };

/**
 * Commander's own errors (unknown option or command, missing argument) as one line in our format:
 * `[motionreg:cli] unknown option '--jsn' (Did you mean --json?)`.
 */
export function formatCommanderError(text: string): string {
  const line = text.replace(/^error: /, '').split('\n').map((part) => part.trim()).filter((part) => part.length > 0).join(' ');
  return `[motionreg:cli] ${line}; see motionreg --help\n`;
}

/**
 * Builds the `motionreg` command tree.
 *
 * Start-up rule (`--version` and `--help` in ≤ 150 ms): this file and every `commands/define-*.ts`
 * import nothing but commander and each other. A command is defined here with its flags, help and
 * examples; its action is `lazyAction(async () => (await import('./x.js')).xAction)`, so the stage
 * packages load only when that command runs. `packages/cli/bench/startup.bench.ts` measures it.
 */
export function createProgram(): Command {
  const program = new Command('motionreg')
    .description('Turn English prompts into procedural clips, measure any MP4, and grow named registries of what was found.')
    .version(version, '-v, --version', 'print the motionreg version')
    // why: set before any subcommand exists, so every subcommand inherits both (commander copies them at creation).
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(formatCommanderError(text)) });
  addExamples(program, [
    ['what a prompt asks for', 'motionreg interpret "proper calm vibes, slow push in, no music"'],
    ['render it, then measure what was rendered', 'motionreg render --prompt "proper calm vibes, slow push in" --out out/clip.mp4'],
    ['', 'motionreg extract out/clip.mp4 --json'],
    ['grow the registries for ten runs, then read them', 'motionreg loop --runs 10'],
    ['', 'motionreg registry export > registries.json'],
  ]);
  defineExtractCommand(program);
  defineInterpretCommand(program);
  defineRegistryReportCommand(defineRegistryCommand(program));
  defineLoopCommand(program);
  defineSoundLoopCommand(program);
  defineInterpretLoopCommand(program);
  defineRenderCommand(program);
  defineServeCommand(program);
  return program;
}
