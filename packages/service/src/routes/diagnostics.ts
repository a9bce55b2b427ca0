import type { JsonHandlers } from '../app/handlers.js';

type DiagnosticsRoutes = 'diagnostics' | 'backfill' | 'loopProgress';

/** Diagnostics of the last measured jobs, the backfill of missing runs, and loop progress. */
export const diagnosticsHandlers: Pick<JsonHandlers, DiagnosticsRoutes> = {
  diagnostics: ({ deps, input }) => deps.store.diagnostics(input),
  backfill: ({ deps, input }) => deps.store.backfill(input),
  loopProgress: async ({ deps }) => {
    // why: diagnostics already carries the counts per status (countJobs) with what is owed, in one
    // store call. `stale` counts the stale jobs it lists (at most its `last`, 20).
    const diagnostics = await deps.store.diagnostics();
    return {
      counts: diagnostics.counts,
      missingLearning: diagnostics.missingLearning,
      missingDiscovery: diagnostics.missingDiscovery,
      failed: diagnostics.counts.failed,
      stale: diagnostics.stale.length,
    };
  },
};
