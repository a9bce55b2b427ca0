import { backfillQuerySchema, diagnosticsQuerySchema, parseOrThrow } from '@motionreg/primitives';
import type { BackfillQuery, BackfillResult, Diagnostics, DiagnosticsQuery, RegistryStore } from '@motionreg/primitives';
import { backfilledSummary, buildDiagnostics, staleJobError } from '../core/shape.js';
import { countJobs, measuredJobs, unfinishedJobs } from './memory-jobs.js';
import type { MemoryContext } from './memory-state.js';

const component = 'grow';

/** Diagnostics of the memory store (missing runs, failed and stale jobs) and the backfill that repairs them. */
export function memoryDiagnosticsOperations(context: MemoryContext): Pick<RegistryStore, 'diagnostics' | 'backfill'> {
  const { state, clock, run } = context;
  const { jobs, learningRuns, discoveryRuns } = state;
  return {
    diagnostics: (query: DiagnosticsQuery = {}) =>
      run((): Diagnostics => {
        const parsed = parseOrThrow(diagnosticsQuerySchema, query, { component, what: 'diagnostics query' });
        return buildDiagnostics({
          last: parsed.last, jobs: measuredJobs(state, parsed.last), learning: learningRuns, discovery: discoveryRuns,
          counts: countJobs(state), ...unfinishedJobs(state, parsed.last, parsed.staleAfterMs, clock()),
        });
      }),

    backfill: (query: BackfillQuery = {}) =>
      run((): BackfillResult => {
        const parsed = parseOrThrow(backfillQuerySchema, query, { component, what: 'backfill query' });
        const now = clock();
        const at = now.toISOString();
        const stale = parsed.staleJobs === 'keep' ? [] : unfinishedJobs(state, parsed.last, parsed.staleAfterMs, now).stale;
        const acted = new Set(stale.map((job) => job.id));
        const result: BackfillResult = { learningRuns: [], discoveryRuns: [], retried: [], closed: [] };
        // A job retried or closed owes no runs: it is pending again, or failed.
        for (const job of measuredJobs(state, parsed.last).filter((measured) => !acted.has(measured.id))) {
          if (!learningRuns.has(job.id)) {
            learningRuns.set(job.id, { schemaVersion: 1, jobId: job.id, prompt: job.prompt, spec: null, summary: { ...backfilledSummary }, backfilled: true, createdAt: at });
            result.learningRuns.push(job.id);
          }
          if (!discoveryRuns.has(job.id)) {
            discoveryRuns.set(job.id, { schemaVersion: 1, jobId: job.id, focus: 'all', added: 0, counted: 0, byAspect: {}, backfilled: true, createdAt: at });
            result.discoveryRuns.push(job.id);
          }
        }
        for (const job of stale) {
          const retry = parsed.staleJobs === 'retry';
          jobs.set(job.id, { ...job, status: retry ? 'pending' : 'failed', error: retry ? null : staleJobError, leaseOwner: null, leaseExpiresAt: null, updatedAt: at });
          (retry ? result.retried : result.closed).push(job.id);
        }
        return result;
      }),
  };
}
