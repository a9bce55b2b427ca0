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
  const renameCommand = registry
    .command('rename')
    .description('rename one entry; every whole-word use of its name (prompts, instructions, every JSON column) changes with it')
    .requiredOption('--from <name>', 'the name the entry has')
    .requiredOption('--to <name>', 'its new name: words of letters, no digits, not taken')
    .option('--store <url>', storeHelp)
    .option('--json', 'print the rename and its cascade as JSON')
    .action(lazyAction(async () => (await import('./registry-maintain.js')).renameAction));
  addExamples(renameCommand, [['a colour gets a better name; prompts that used the old one follow', 'motionreg registry rename --from "Deep Teal" --to "Harbour Teal"']]);

  const backfillNamesCommand = registry
    .command('backfill-names')
    .description('rename every unreadable name (digits, symbols) and every name that clashes with another read without case or punctuation, with the cascade')
    .option('--store <url>', storeHelp)
    .option('--dry-run', 'only list what would be renamed')
    .option('--json', 'print the renames as JSON')
    .action(lazyAction(async () => (await import('./registry-maintain.js')).backfillNamesAction));
  addExamples(backfillNamesCommand, [['see first, then rename', 'motionreg registry backfill-names --dry-run'], ['', 'motionreg registry backfill-names']]);

  const backfillRunsCommand = registry
    .command('backfill-runs')
    .description('record the missing learning and discovery runs of measured jobs, and keep, retry or fail the stale jobs')
    .option('--store <url>', storeHelp)
    .option('--last <n>', 'how many of the most recent measured jobs to check', '1000')
    .option('--stale <action>', 'stale jobs: keep them, retry (claimable again) or fail (closed as failed)', 'keep')
    .option('--stale-after <seconds>', 'a job nobody moved on for this long is stale', '3600')
    .option('--json', 'print what was done and the diagnostics after as JSON')
    .action(lazyAction(async () => (await import('./registry-maintain.js')).backfillRunsAction));
  addExamples(backfillRunsCommand, [
    ['after a crash: record the missing runs, make stale jobs claimable again', 'motionreg registry backfill-runs --stale retry'],
    ['close jobs untouched for ten minutes as failed', 'motionreg registry backfill-runs --stale fail --stale-after 600'],
  ]);
  return registry;
}
