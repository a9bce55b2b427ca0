import type { Diagnostics, LoopProgress } from '@motionreg/primitives';
import type { JsonHandlers } from '../app/handlers.js';

type DiagnosticsRoutes = 'diagnostics' | 'backfill' | 'loopProgress';

/**
 * Loop progress from one diagnostics read: it already carries the counts per status (countJobs)
 * with what is owed. `stale` counts the stale jobs it lists (at most its `last`, 20).
 */
export function loopProgressOf(diagnostics: Diagnostics): LoopProgress {
  return {
    counts: diagnostics.counts,
    missingLearning: diagnostics.missingLearning,
    missingDiscovery: diagnostics.missingDiscovery,
    failed: diagnostics.counts.failed,
    stale: diagnostics.stale.length,
  };
}

/** Diagnostics of the last measured jobs, the backfill of missing runs, and loop progress. */
export const diagnosticsHandlers: Pick<JsonHandlers, DiagnosticsRoutes> = {
  diagnostics: ({ deps, input }) => deps.store.diagnostics(input),
  backfill: ({ deps, input }) => deps.store.backfill(input),
  loopProgress: async ({ deps }) => loopProgressOf(await deps.store.diagnostics()),
};
