import { backfillQuerySchema } from '@motionreg/primitives';
import type { BackfillQuery, BackfillResult, Diagnostics, RegistryStore } from '@motionreg/primitives';
import { parseLoopOptions } from '../repeat/repeat-runs.js';

/** Options of {@link backfillRuns}: the store's backfill query (`last`, `staleAfterMs`, `staleJobs`). */
export type BackfillRunsOptions = BackfillQuery & {
  store: RegistryStore;
  /** @default console.log */
  log?: (line: string) => void;
};

/** What {@link backfillRuns} did, and the diagnostics before and after. */
export interface BackfillRunsReport {
  before: Diagnostics;
  result: BackfillResult;
  after: Diagnostics;
}

/**
 * Repairs what crashed or killed runs left (seed 003 §5.2): every measured job missing its learning or
 * discovery run gets a backfilled, empty one, and the stale jobs (nobody moved them on for
 * `staleAfterMs`) are left (`keep`), made claimable again (`retry`) or closed as `failed` (`fail`).
 * Diagnostics are read before and after, so the report shows what changed.
 *
 * @example
 * ```ts
 * const { after } = await backfillRuns({ store, staleJobs: 'retry' });
 * console.log(after.missingLearning, after.stale.length); // 0 0
 * ```
 */
export async function backfillRuns(options: BackfillRunsOptions): Promise<BackfillRunsReport> {
  const { store, log = console.log, ...plain } = options;
  const query = parseLoopOptions(backfillQuerySchema, plain, 'backfill');
  const diagnosticsQuery = { last: query.last, staleAfterMs: query.staleAfterMs };
  const before = await store.diagnostics(diagnosticsQuery);
  const result = await store.backfill(query);
  const after = await store.diagnostics(diagnosticsQuery);
  log(
    `backfilled ${result.learningRuns.length} learning and ${result.discoveryRuns.length} discovery runs; stale jobs (${query.staleJobs}): ` +
      `${before.stale.length} found, ${result.retried.length} retried, ${result.closed.length} closed; ` +
      `now ${after.missingLearning} missing learning, ${after.missingDiscovery} missing discovery, ${after.stale.length} stale, ${after.failed.length} failed`,
  );
  return { before, result, after };
}
