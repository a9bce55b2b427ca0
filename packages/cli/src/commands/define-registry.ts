import type { Command } from 'commander';
import { addExamples } from './help-examples.js';
import { lazyAction } from './lazy-action.js';
import { storeHelp } from './store-help.js';

/**
 * Adds `motionreg registry` and its subcommands: `export` (every registry as JSON on stdout) and
 * `diagnostics` (which of the last N measured jobs lack a learning or discovery run; `--backfill`
 * records the missing ones first). Returns the `registry` command so other subcommands can join it.
 */
export function defineRegistryCommand(program: Command): Command {
  const registry = program.command('registry').description('read and maintain the registries');
  addExamples(registry, [
    ['every registry as one JSON document', 'motionreg registry export > registries.json'],
    ['which recent jobs lack their runs', 'motionreg registry diagnostics --last 50'],
  ]);

  const exportCommand = registry
    .command('export')
    .description('print every registry (static, dynamic, narrative, linguistic, interpretations) as one JSON document')
    .option('--store <url>', storeHelp)
    .action(lazyAction(async () => (await import('./registry.js')).exportAction));
  addExamples(exportCommand, [
    ['the default embedded store, to a file', 'motionreg registry export > registries.json'],
    ['another SQLite file; the colour entries with jq', 'motionreg registry export --store sqlite:./other.db | jq ".static.colors"'],
  ]);

  const diagnosticsCommand = registry
    .command('diagnostics')
    .description('check that each of the last N measured jobs has its learning run and its discovery run')
    .option('--store <url>', storeHelp)
    .option('--last <n>', 'how many of the most recent measured jobs to check', '20')
    .option('--backfill', 'first record a backfilled, empty run for every one that is missing')
    .option('--json', 'print the diagnostics as JSON')
    .action(lazyAction(async () => (await import('./registry.js')).diagnosticsAction));
  addExamples(diagnosticsCommand, [
    ['the last 20 measured jobs', 'motionreg registry diagnostics'],
    ['the last 100, as JSON', 'motionreg registry diagnostics --last 100 --json'],
    ['record the missing runs first', 'motionreg registry diagnostics --backfill --store sqlite:./motionreg-out/registry.db'],
  ]);
  return registry;
}
