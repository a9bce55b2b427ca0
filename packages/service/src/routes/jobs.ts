import { MotionregError } from '@motionreg/primitives';
import type { JsonHandlers } from '../app/handlers.js';
import { pathParameter } from '../app/handlers.js';

type JobRoutes = 'createJob' | 'listJobs' | 'getJob' | 'updateJob' | 'claimJob' | 'renewLease' | 'countJobs';

/** Jobs: create, list, read, move on, claim under a lease, renew the lease, count per status. */
export const jobHandlers: Pick<JsonHandlers, JobRoutes> = {
  createJob: ({ deps, input }) => deps.store.createJob(input),
  listJobs: ({ deps, input }) => deps.store.listJobs(input),
  getJob: async ({ deps, params }) => {
    const id = pathParameter(params, 'id');
    const job = await deps.store.getJob(id);
    if (job === null) throw new MotionregError('not_found', `no job ${JSON.stringify(id)}`, { component: 'service' });
    return job;
  },
  updateJob: ({ deps, params, input }) => deps.store.updateJob(pathParameter(params, 'id'), input),
  claimJob: async ({ deps, input }) => ({ job: await deps.store.claimJob(input) }),
  renewLease: ({ deps, params, input }) => deps.store.renewLease({ ...input, jobId: pathParameter(params, 'id') }),
  countJobs: ({ deps }) => deps.store.countJobs(),
};
