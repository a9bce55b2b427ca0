import type { Command } from 'commander';
import { invalidInput } from '@motionreg/primitives';
import type { Diagnostics } from '@motionreg/primitives';
import { storeHelp, storeUrl, withStore } from './store-option.js';

function parseLast(value: string): number {
  const last = Number(value);
  if (!Number.isInteger(last) || last <= 0) throw invalidInput('cli', `--last ${value}: must be a positive whole number of jobs`);
  return last;
}

function describeDiagnostics(diagnostics: Diagnostics, backfilled?: { learningRuns: string[]; discoveryRuns: string[] }): string {
  const lines = [`last ${diagnostics.last} measured jobs: ${diagnostics.jobs.length} checked, ${diagnostics.missingLearning} missing a learning run, ${diagnostics.missingDiscovery} missing a discovery run`];
  for (const job of diagnostics.jobs) {
    if (job.hasLearningRun && job.hasDiscoveryRun && !job.backfilled) continue;
    const missing = [job.hasLearningRun ? '' : 'learning', job.hasDiscoveryRun ? '' : 'discovery'].filter((item) => item.length > 0);
    lines.push(`  ${job.jobId} (${job.status}) ${missing.length > 0 ? `missing ${missing.join(' and ')}` : 'backfilled'}: ${job.promptPreview}`);
  }
  if (backfilled !== undefined) lines.push(`backfilled ${backfilled.learningRuns.length} learning and ${backfilled.discoveryRuns.length} discovery runs`);
  return `${lines.join('\n')}\n`;
}

/**
 * Adds `motionreg registry export` (every registry as JSON on stdout) and `motionreg registry
 * diagnostics` (which of the last N measured jobs lack a learning or discovery run; `--backfill`
 * records the missing ones first).
 */
export function registerRegistryCommand(program: Command): void {
  const registry = program.command('registry').description('read and maintain the registries');

  registry
    .command('export')
    .description('print every registry (static, dynamic, narrative, linguistic, interpretations) as one JSON document')
    .option('--store <url>', storeHelp)
    .action(async (flags: { store?: string }) => {
      const document = await withStore(storeUrl(flags.store), (store) => store.exportRegistries());
      process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    });

  registry
    .command('diagnostics')
    .description('check that each of the last N measured jobs has its learning run and its discovery run')
    .option('--store <url>', storeHelp)
    .option('--last <n>', 'how many of the most recent measured jobs to check', '20')
    .option('--backfill', 'first record a backfilled, empty run for every one that is missing')
    .option('--json', 'print the diagnostics as JSON')
    .action(async (flags: { store?: string; last: string; backfill?: boolean; json?: boolean }) => {
      const last = parseLast(flags.last);
      const { diagnostics, backfilled } = await withStore(storeUrl(flags.store), async (store) => {
        const result = flags.backfill ? await store.backfill({ last }) : undefined;
        return { diagnostics: await store.diagnostics({ last }), backfilled: result };
      });
      process.stdout.write(flags.json ? `${JSON.stringify(backfilled === undefined ? diagnostics : { ...diagnostics, backfilled }, null, 2)}\n` : describeDiagnostics(diagnostics, backfilled));
    });
}
