/**
 * The backfills (seed 000 §1.3, seed 003 §5): after crashed or killed runs, record the missing
 * learning and discovery runs and retry (or close) the stale jobs; then rename every unreadable or
 * clashing registry name, cascading the new name into prompts, instructions and JSON columns. On the
 * embedded default store.
 *
 *   npx tsx examples/backfills/backfills.ts [store-url] [keep|retry|fail]
 */
import { pathToFileURL } from 'node:url';
import { defaultStoreUrl, openStore } from '@motionreg/grow';
import { backfillNames, backfillRuns } from '@motionreg/loops';
import type { BackfillRunsReport, NameBackfill } from '@motionreg/loops';

/** Runs both backfills and returns what they did. */
export async function backfills(storeUrl: string, staleJobs: 'keep' | 'retry' | 'fail' = 'retry', staleAfterMs = 3_600_000): Promise<{ runs: BackfillRunsReport; names: NameBackfill[] }> {
  const store = openStore(storeUrl);
  try {
    const runs = await backfillRuns({ store, last: 1000, staleJobs, staleAfterMs });
    const names = await backfillNames({ store });
    return { runs, names };
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const stale = process.argv[3] ?? 'retry';
  if (stale !== 'keep' && stale !== 'retry' && stale !== 'fail') throw new Error(`stale jobs: keep, retry or fail, not ${stale}`);
  const { names } = await backfills(process.argv[2] ?? defaultStoreUrl, stale);
  console.log(`${names.length} names renamed`);
}
