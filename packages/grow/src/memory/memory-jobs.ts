import { MotionregError, claimRequestSchema, jobInputSchema, leaseRenewalSchema, jobQuerySchema, jobUpdateSchema, parseOrThrow } from '@motionreg/primitives';
import type { ClaimRequest, Job, JobCounts, JobInput, JobQuery, JobUpdate, LeaseRenewal, RegistryStore } from '@motionreg/primitives';
import { leaseLost } from '../core/lease-lost.js';
import { emptyJobCounts, isStale, measuredStatuses, staleCutoff } from '../core/shape.js';
import type { MemoryContext, MemoryState } from './memory-state.js';

const component = 'grow';
const emptyToNull = (value: string | null): string | null => (value === null || value.length === 0 ? null : value);

/** The last `last` measured jobs (they owe a learning and a discovery run), the most recent first. */
export const measuredJobs = (state: MemoryState, last: number): Job[] =>
  [...state.jobs.values()].reverse().filter((job) => (measuredStatuses as readonly string[]).includes(job.status)).slice(0, last);

/** Jobs per status. */
export const countJobs = (state: MemoryState): JobCounts => {
  const counts = emptyJobCounts();
  for (const job of state.jobs.values()) counts[job.status] += 1;
  return counts;
};

/** Failed jobs (most recent first) and stale ones (oldest first), at most `last` of each, ordered as the SQL stores order them. */
export const unfinishedJobs = (state: MemoryState, last: number, staleAfterMs: number, now: Date) => {
  const inOrder = [...state.jobs.values()];
  const byUpdate = (a: Job, b: Job) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : inOrder.indexOf(a) - inOrder.indexOf(b));
  const cutoff = staleCutoff(now, staleAfterMs);
  const at = now.toISOString();
  return {
    failed: inOrder.filter((job) => job.status === 'failed').sort(byUpdate).reverse().slice(0, last),
    stale: inOrder.filter((job) => isStale(job, cutoff, at)).sort(byUpdate).slice(0, last),
  };
};

/** The job operations of the memory store: create, update, read, list, claim (with a lease), renew the lease and count. */
export function memoryJobOperations(context: MemoryContext): Pick<RegistryStore, 'createJob' | 'updateJob' | 'getJob' | 'listJobs' | 'claimJob' | 'renewLease' | 'countJobs'> {
  const { state, clock, run } = context;
  const { jobs } = state;
  return {
    createJob: (input: JobInput) =>
      run(() => {
        const parsed = parseOrThrow(jobInputSchema, input, { component, what: 'job' });
        const id = parsed.id ?? crypto.randomUUID();
        if (jobs.has(id)) throw new MotionregError('conflict', `job ${id} exists already`, { component });
        const at = clock().toISOString();
        const job: Job = {
          schemaVersion: 1, id, prompt: parsed.prompt, status: 'pending', ...(parsed.workflow === undefined ? {} : { workflow: parsed.workflow }),
          clipPath: null, error: null, leaseOwner: null, leaseExpiresAt: null, createdAt: at, updatedAt: at,
        };
        jobs.set(id, job);
        return job;
      }),

    updateJob: (id: string, update: JobUpdate) =>
      run(() => {
        const parsed = parseOrThrow(jobUpdateSchema, update, { component, what: 'job update' });
        const job = jobs.get(id);
        if (job === undefined) throw new MotionregError('not_found', `no job ${id}`, { component });
        const next: Job = {
          ...job,
          status: parsed.status,
          clipPath: parsed.clipPath === undefined ? job.clipPath : parsed.clipPath,
          error: parsed.status !== 'failed' ? null : parsed.error === undefined ? job.error : emptyToNull(parsed.error),
          // A job put back to pending is released at once, whoever held its lease.
          ...(parsed.status === 'pending' ? { leaseOwner: null, leaseExpiresAt: null } : {}),
          updatedAt: clock().toISOString(),
        };
        jobs.set(id, next);
        return next;
      }),

    claimJob: (request: ClaimRequest) =>
      run(() => {
        const parsed = parseOrThrow(claimRequestSchema, request, { component, what: 'claim request' });
        const now = clock();
        const at = now.toISOString();
        // Oldest first: creation time, then insertion order (a Map keeps it), as the SQL stores order.
        let oldest: Job | undefined;
        for (const job of jobs.values()) {
          if (job.status !== 'pending' || (job.leaseExpiresAt !== null && job.leaseExpiresAt > at)) continue;
          if (oldest === undefined || job.createdAt < oldest.createdAt) oldest = job;
        }
        if (oldest === undefined) return null;
        const claimed: Job = { ...oldest, leaseOwner: parsed.worker, leaseExpiresAt: new Date(now.getTime() + parsed.leaseMs).toISOString(), updatedAt: at };
        jobs.set(claimed.id, claimed);
        return claimed;
      }),

    renewLease: (request: LeaseRenewal) =>
      run(() => {
        const parsed = parseOrThrow(leaseRenewalSchema, request, { component, what: 'lease renewal' });
        const job = jobs.get(parsed.jobId);
        if (job === undefined) throw new MotionregError('not_found', `no job ${parsed.jobId}`, { component });
        if (job.leaseOwner !== parsed.worker || job.status === 'completed' || job.status === 'failed') throw leaseLost(job, parsed.worker);
        const now = clock();
        const renewed: Job = { ...job, leaseExpiresAt: new Date(now.getTime() + parsed.leaseMs).toISOString(), updatedAt: now.toISOString() };
        jobs.set(renewed.id, renewed);
        return renewed;
      }),

    countJobs: () => run(() => countJobs(state)),

    getJob: (id: string) => run(() => jobs.get(id) ?? null),

    listJobs: (query: JobQuery = {}) =>
      run(() => {
        const parsed = parseOrThrow(jobQuerySchema, query, { component, what: 'job query' });
        return [...jobs.values()].reverse().filter((job) => parsed.status === undefined || job.status === parsed.status).slice(0, parsed.limit);
      }),
  };
}
