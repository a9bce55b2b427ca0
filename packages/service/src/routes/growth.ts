import { MotionregError } from '@motionreg/primitives';
import type { JsonHandlers } from '../app/handlers.js';
import { pathParameter } from '../app/handlers.js';

type GrowthRoutes = 'recordGrowth' | 'recordLearningRun' | 'getLearningRun' | 'getDiscoveryRun';

const missing = (what: string, jobId: string) => new MotionregError('not_found', `no ${what} for job ${JSON.stringify(jobId)}`, { component: 'service' });

/** A job's growth (exactly once per job, by the store) and its learning and discovery runs. */
export const growthHandlers: Pick<JsonHandlers, GrowthRoutes> = {
  recordGrowth: ({ deps, input }) => deps.store.recordGrowth(input),
  recordLearningRun: ({ deps, input }) => deps.store.recordLearningRun(input),
  getLearningRun: async ({ deps, params }) => {
    const jobId = pathParameter(params, 'jobId');
    const run = await deps.store.getLearningRun(jobId);
    if (run === null) throw missing('learning run', jobId);
    return run;
  },
  getDiscoveryRun: async ({ deps, params }) => {
    const jobId = pathParameter(params, 'jobId');
    const run = await deps.store.getDiscoveryRun(jobId);
    if (run === null) throw missing('discovery run', jobId);
    return run;
  },
};
