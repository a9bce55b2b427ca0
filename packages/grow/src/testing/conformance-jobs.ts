import type { RegistryStore } from '@motionreg/primitives';
import { expect, it } from 'vitest';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { expectCode, pause } from './conformance-context.js';
import type { ConformanceContext } from './conformance-context.js';
import { buildExtraction } from './fixtures.js';

const hour = 3_600_000;

/** Claims on `store` until none is left; the ids in claim order. */
async function claimAll(store: RegistryStore, worker: string): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const job = await store.claimJob({ worker, leaseMs: hour });
    if (job === null) return ids;
    expect(job.leaseOwner).toBe(worker);
    ids.push(job.id);
  }
}

async function createJobs(store: RegistryStore, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  // why: one after another, so creation order (the claim order) is the id order.
  for (let index = 0; index < count; index += 1) ids.push((await store.createJob({ id: `${prefix}-${String(index).padStart(3, '0')}`, prompt: `prompt ${index}` })).id);
  return ids;
}

/** Jobs: create, update, list, errors, claims with leases, counts, and diagnostics/backfill of failed and stale jobs. */
export function describeJobConformance(context: ConformanceContext): void {
  it('creates, reads, updates and lists jobs', async () => {
    const { store } = context.harness();
    const first = await store.createJob({ prompt: 'first', workflow: 'explorer' });
    const second = await store.createJob({ id: 'job-two', prompt: 'second' });
    expect(first.status).toBe('pending');
    expect(first.workflow).toBe('explorer');
    expect(first).toMatchObject({ error: null, leaseOwner: null, leaseExpiresAt: null });
    expect(second.id).toBe('job-two');
    expect(await store.getJob('job-two')).toEqual(second);
    expect(await store.getJob('missing')).toBeNull();
    const rendered = await store.updateJob('job-two', { status: 'rendered', clipPath: 'out/two.mp4' });
    expect(rendered).toMatchObject({ status: 'rendered', clipPath: 'out/two.mp4' });
    expect((await store.updateJob('job-two', { status: 'extracted' })).clipPath).toBe('out/two.mp4');
    expect((await store.listJobs()).map((job) => job.id)).toEqual(['job-two', first.id]);
    expect((await store.listJobs({ status: 'extracted' })).map((job) => job.id)).toEqual(['job-two']);
    expect(await store.listJobs({ limit: 1 })).toHaveLength(1);
    await expectCode(store.createJob({ id: 'job-two', prompt: 'again' }), 'conflict');
    await expectCode(store.updateJob('missing', { status: 'failed' }), 'not_found');
    await expectCode(store.createJob({ prompt: 42 } as never), 'invalid_input');
  });

  it('keeps the error of a failed job and clears it with any other status', async () => {
    const { store } = context.harness();
    await store.createJob({ id: 'job-1', prompt: 'fails' });
    expect(await store.updateJob('job-1', { status: 'failed', error: '[motionreg:render] ffmpeg exited 1' })).toMatchObject({ status: 'failed', error: '[motionreg:render] ffmpeg exited 1' });
    expect((await store.getJob('job-1'))?.error).toBe('[motionreg:render] ffmpeg exited 1');
    // Failing again without a new error keeps the first one.
    expect((await store.updateJob('job-1', { status: 'failed' })).error).toBe('[motionreg:render] ffmpeg exited 1');
    expect(await store.updateJob('job-1', { status: 'pending', error: 'ignored off failed' })).toMatchObject({ status: 'pending', error: null });
    await store.updateJob('job-1', { status: 'failed', error: 'again' });
    await growFromExtraction(store, buildExtraction({ seed: 30 }), null, { jobId: 'job-1', prompt: 'fails' });
    expect(await store.getJob('job-1')).toMatchObject({ status: 'completed', error: null });
    await expectCode(store.updateJob('job-1', { status: 'failed', error: 'x'.repeat(2_001) }), 'invalid_input');
  });

  it('claims the oldest pending job with a lease, and never a job under a live lease', async () => {
    const { store } = context.harness();
    const [a, b, c] = await createJobs(store, 3, 'job');
    const before = Date.now();
    const first = await store.claimJob({ worker: 'worker-1', leaseMs: hour });
    expect(first).toMatchObject({ id: a, status: 'pending', leaseOwner: 'worker-1' });
    expect(Date.parse(first!.leaseExpiresAt!)).toBeGreaterThanOrEqual(before + hour - 5_000);
    expect(await store.getJob(a!)).toEqual(first);
    expect((await store.claimJob({ worker: 'worker-2', leaseMs: hour }))?.id).toBe(b);
    await store.updateJob(c!, { status: 'rendered' });
    expect(await store.claimJob({ worker: 'worker-3' })).toBeNull();
    // Putting a claimed job back to pending releases its lease at once.
    expect(await store.updateJob(b!, { status: 'pending' })).toMatchObject({ leaseOwner: null, leaseExpiresAt: null });
    expect(await store.claimJob({ worker: 'worker-3' })).toMatchObject({ id: b, leaseOwner: 'worker-3' });
    await expectCode(store.claimJob({ worker: '' }), 'invalid_input');
    await expectCode(store.claimJob({ worker: 'w', leaseMs: 0 }), 'invalid_input');
  });

  it('makes a job claimable again when its lease expires', async () => {
    const { store } = context.harness();
    const [id] = await createJobs(store, 1, 'job');
    expect((await store.claimJob({ worker: 'gone', leaseMs: 1 }))?.id).toBe(id);
    await pause(20);
    const again = await store.claimJob({ worker: 'next', leaseMs: hour });
    expect(again).toMatchObject({ id, leaseOwner: 'next' });
    expect(await store.claimJob({ worker: 'third', leaseMs: hour })).toBeNull();
  });

  it('renews a held lease, and answers conflict to a worker that no longer holds it', async () => {
    const { store } = context.harness();
    const [a, b] = await createJobs(store, 2, 'job');
    const claimed = await store.claimJob({ worker: 'worker-1', leaseMs: 60_000 });
    expect(claimed?.id).toBe(a);
    const before = Date.now();
    const renewed = await store.renewLease({ jobId: a!, worker: 'worker-1', leaseMs: hour });
    expect(renewed).toMatchObject({ id: a, status: 'pending', leaseOwner: 'worker-1' });
    expect(Date.parse(renewed.leaseExpiresAt!)).toBeGreaterThanOrEqual(before + hour - 5_000);
    expect(await store.getJob(a!)).toEqual(renewed);
    // A worker that never held it, and a job nobody claimed.
    await expectCode(store.renewLease({ jobId: a!, worker: 'stranger', leaseMs: hour }), 'conflict');
    await expectCode(store.renewLease({ jobId: b!, worker: 'worker-1', leaseMs: hour }), 'conflict');
    await expectCode(store.renewLease({ jobId: 'no-such-job', worker: 'worker-1' }), 'not_found');
    await expectCode(store.renewLease({ jobId: a!, worker: '', leaseMs: hour }), 'invalid_input');
    await expectCode(store.renewLease({ jobId: a!, worker: 'worker-1', leaseMs: 0 }), 'invalid_input');
    // The owner renews while its job moves on, until the job is finished.
    await store.updateJob(a!, { status: 'rendered' });
    expect((await store.renewLease({ jobId: a!, worker: 'worker-1', leaseMs: hour })).status).toBe('rendered');
    await store.updateJob(a!, { status: 'failed', error: 'boom' });
    await expectCode(store.renewLease({ jobId: a!, worker: 'worker-1', leaseMs: hour }), 'conflict');
    // The renewed lease keeps other claimers off: only b is left.
    expect((await store.claimJob({ worker: 'worker-2', leaseMs: hour }))?.id).toBe(b);
  });

  it('answers conflict to a renewal after another worker claimed the expired lease, and renews one nobody took', async () => {
    const { store } = context.harness();
    const [id] = await createJobs(store, 1, 'job');
    await store.claimJob({ worker: 'slow', leaseMs: 1 });
    await pause(20);
    // Expired but not taken: still the owner's to renew, and the renewal keeps claimers off.
    expect(await store.renewLease({ jobId: id!, worker: 'slow', leaseMs: hour })).toMatchObject({ leaseOwner: 'slow' });
    expect(await store.claimJob({ worker: 'next', leaseMs: hour })).toBeNull();
    await store.renewLease({ jobId: id!, worker: 'slow', leaseMs: 1 });
    await pause(20);
    expect(await store.claimJob({ worker: 'next', leaseMs: hour })).toMatchObject({ id, leaseOwner: 'next' });
    await expectCode(store.renewLease({ jobId: id!, worker: 'slow', leaseMs: hour }), 'conflict');
    expect(await store.getJob(id!)).toMatchObject({ leaseOwner: 'next' });
  });

  it('gives 4 concurrent claimers each of 100 pending jobs exactly once', async () => {
    const harness = context.harness();
    const ids = await createJobs(harness.store, 100, 'job');
    // Over separate store objects where the store can (they race for real), else over the one store.
    const stores = harness.store.capabilities.sharedAcrossInstances
      ? [harness.store, ...(await Promise.all([1, 2, 3].map(() => context.open(harness.openAnother, 'sharedAcrossInstances'))))]
      : [harness.store, harness.store, harness.store, harness.store];
    const claimed = await Promise.all(stores.map((store, index) => claimAll(store, `worker-${index}`)));
    const all = claimed.flat();
    expect(all).toHaveLength(100);
    expect([...new Set(all)].sort()).toEqual(ids);
    // Each claimer takes its jobs oldest first.
    for (const list of claimed) expect(list).toEqual([...list].sort());
  });

  it('gives claimers in separate processes each pending job exactly once', async (test) => {
    const harness = context.harness();
    if (!harness.store.capabilities.multiProcess) test.skip();
    if (harness.spawnClaimers === undefined) throw new Error('the harness declares multiProcess but gives no spawnClaimers');
    const ids = await createJobs(harness.store, 200, 'job');
    const processes = await harness.spawnClaimers(['process-1', 'process-2']);
    processes.start();
    const [local, [first, second]] = await Promise.all([claimAll(harness.store, 'local'), processes.claimed]);
    const all = [...local, ...first!, ...second!];
    expect(all).toHaveLength(200);
    expect([...new Set(all)].sort()).toEqual(ids);
    expect([local, first!, second!].filter((list) => list.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('counts jobs per status', async () => {
    const { store } = context.harness();
    expect(await store.countJobs()).toEqual({ pending: 0, rendered: 0, extracted: 0, completed: 0, failed: 0 });
    await createJobs(store, 4, 'job');
    await store.updateJob('job-001', { status: 'rendered' });
    await store.updateJob('job-002', { status: 'failed', error: 'boom' });
    await growFromExtraction(store, buildExtraction({ seed: 31 }), null, { jobId: 'job-003', prompt: 'grown' });
    expect(await store.countJobs()).toEqual({ pending: 1, rendered: 1, extracted: 0, completed: 1, failed: 1 });
    expect((await store.diagnostics()).counts).toEqual({ pending: 1, rendered: 1, extracted: 0, completed: 1, failed: 1 });
  });

  it('reports failed jobs (most recent first) and stale jobs (oldest first), never one under a live lease', async () => {
    const { store } = context.harness();
    await createJobs(store, 6, 'job');
    await store.updateJob('job-000', { status: 'failed', error: 'first failure' });
    await store.updateJob('job-001', { status: 'rendered' });
    await store.updateJob('job-002', { status: 'failed', error: 'second failure' });
    await store.updateJob('job-003', { status: 'extracted' });
    await growFromExtraction(store, buildExtraction({ seed: 32 }), null, { jobId: 'job-005', prompt: 'done' });
    // job-004 is pending; a claim with a live lease takes it, then an unleased one joins.
    expect((await store.claimJob({ worker: 'busy', leaseMs: hour }))?.id).toBe('job-004');
    await store.createJob({ id: 'job-006', prompt: 'waiting' });
    await pause(25);

    const fresh = await store.diagnostics({ staleAfterMs: hour });
    expect(fresh.stale).toEqual([]);
    expect(fresh.failed.map((job) => [job.jobId, job.status, job.error])).toEqual([['job-002', 'failed', 'second failure'], ['job-000', 'failed', 'first failure']]);
    expect(fresh.failed[0]?.promptPreview).toBe('prompt 2');

    const diagnostics = await store.diagnostics({ staleAfterMs: 10 });
    expect(diagnostics.stale.map((job) => [job.jobId, job.status, job.error])).toEqual([['job-001', 'rendered', null], ['job-003', 'extracted', null], ['job-006', 'pending', null]]);
    expect((await store.diagnostics({ staleAfterMs: 10, last: 1 })).stale.map((job) => job.jobId)).toEqual(['job-001']);
    expect((await store.diagnostics({ last: 1 })).failed.map((job) => job.jobId)).toEqual(['job-002']);
  });

  it('backfill keeps, retries or closes stale jobs', async () => {
    const { store } = context.harness();
    await createJobs(store, 4, 'job');
    await pause(5);
    await store.updateJob('job-000', { status: 'rendered' });
    await store.updateJob('job-001', { status: 'extracted' });
    expect((await store.claimJob({ worker: 'busy', leaseMs: hour }))?.id).toBe('job-002');
    await pause(25);

    expect(await store.backfill({ staleAfterMs: 10, last: 10 })).toEqual({ learningRuns: ['job-001'], discoveryRuns: ['job-001'], retried: [], closed: [] });
    const retried = await store.backfill({ staleAfterMs: 10, last: 10, staleJobs: 'retry' });
    // Oldest untouched first: job-003 was created before job-000 and job-001 were moved on.
    expect(retried).toEqual({ learningRuns: [], discoveryRuns: [], retried: ['job-003', 'job-000', 'job-001'], closed: [] });
    for (const id of retried.retried) expect(await store.getJob(id)).toMatchObject({ status: 'pending', leaseOwner: null, error: null });
    expect((await store.getJob('job-002'))?.leaseOwner).toBe('busy');
    // Retried jobs are claimable again, oldest first.
    await pause(5);
    expect((await store.claimJob({ worker: 'again', leaseMs: 1 }))?.id).toBe('job-000');

    await pause(25);
    const closed = await store.backfill({ staleAfterMs: 10, last: 10, staleJobs: 'fail' });
    // job-001 and job-003 were touched by the retry (insertion order breaks the tie), job-000 by its claim after.
    expect(closed).toEqual({ learningRuns: [], discoveryRuns: [], retried: [], closed: ['job-001', 'job-003', 'job-000'] });
    const diagnostics = await store.diagnostics({ staleAfterMs: 10, last: 10 });
    expect(diagnostics.stale).toEqual([]);
    expect(diagnostics.failed.map((job) => job.error)).toEqual(['stale: no worker finished it', 'stale: no worker finished it', 'stale: no worker finished it']);
    expect(diagnostics.counts).toEqual({ pending: 1, rendered: 0, extracted: 0, completed: 0, failed: 3 });
    expect(await store.backfill({ staleAfterMs: 10, last: 10, staleJobs: 'fail' })).toEqual({ learningRuns: [], discoveryRuns: [], retried: [], closed: [] });
  });
}
