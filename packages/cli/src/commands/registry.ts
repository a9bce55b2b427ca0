import { invalidInput } from '@motionreg/primitives';
import type { Diagnostics } from '@motionreg/primitives';
import { storeUrl, withStore, withStoreToRead } from './store-option.js';

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

/** The action of `motionreg registry export` (defined in `define-registry.ts`). */
export async function exportAction(flags: { store?: string }): Promise<void> {
  const document = await withStoreToRead(storeUrl(flags.store), (store) => store.exportRegistries());
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

/** The action of `motionreg registry diagnostics` (defined in `define-registry.ts`). */
export async function diagnosticsAction(flags: { store?: string; last: string; backfill?: boolean; json?: boolean }): Promise<void> {
  const last = parseLast(flags.last);
  // why: only --backfill writes; plain diagnostics read, and never create a store that is not there.
  const open = flags.backfill ? withStore : withStoreToRead;
  const { diagnostics, backfilled } = await open(storeUrl(flags.store), async (store) => {
    const result = flags.backfill ? await store.backfill({ last }) : undefined;
    return { diagnostics: await store.diagnostics({ last }), backfilled: result };
  });
  process.stdout.write(flags.json ? `${JSON.stringify(backfilled === undefined ? diagnostics : { ...diagnostics, backfilled }, null, 2)}\n` : describeDiagnostics(diagnostics, backfilled));
}
