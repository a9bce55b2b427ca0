import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { MotionregError } from '@motionreg/primitives';
import { backfillRuns } from './backfill-runs.js';

describe('backfillRuns', () => {
  it('records the missing runs of a measured job, reporting diagnostics before and after', async () => {
    const store = createMemoryStore();
    const measured = await store.createJob({ prompt: 'died after extraction' });
    await store.updateJob(measured.id, { status: 'extracted', clipPath: '/tmp/lost.mp4' });
    const lines: string[] = [];
    const report = await backfillRuns({ store, log: (line) => lines.push(line) });
    expect(report.before).toMatchObject({ missingLearning: 1, missingDiscovery: 1, stale: [] });
    expect(report.result).toMatchObject({ learningRuns: [measured.id], discoveryRuns: [measured.id], retried: [], closed: [] });
    expect(report.after).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
    expect(lines).toEqual(['backfilled 1 learning and 1 discovery runs; stale jobs (keep): 0 found, 0 retried, 0 closed; now 0 missing learning, 0 missing discovery, 0 stale, 0 failed']);
    await store.close();
  });

  it('fail closes a stale job as failed', async () => {
    const store = createMemoryStore();
    const stale = await store.createJob({ prompt: 'never picked up' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await backfillRuns({ store, staleJobs: 'fail', staleAfterMs: 10, log: () => undefined });
    expect(report.before.stale.map((job) => job.jobId)).toEqual([stale.id]);
    expect(report.result.closed).toEqual([stale.id]);
    expect(report.after.stale).toEqual([]);
    expect(report.after.failed.map((job) => job.jobId)).toEqual([stale.id]);
    await store.close();
  });

  it('retry makes a stale pending job claimable again', async () => {
    const store = createMemoryStore();
    const job = await store.createJob({ prompt: 'claimed by a worker that died' });
    expect((await store.claimJob({ worker: 'dead', leaseMs: 1 }))?.id).toBe(job.id);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const report = await backfillRuns({ store, staleJobs: 'retry', staleAfterMs: 10, log: () => undefined });
    expect(report.result.retried).toEqual([job.id]);
    expect((await store.claimJob({ worker: 'alive' }))?.id).toBe(job.id);
    await store.close();
  });

  it('refuses a bad stale action with invalid_input', async () => {
    const error = await backfillRuns({ store: createMemoryStore(), staleJobs: 'later' as never, log: () => undefined }).catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
  });
});
