import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { keepLease } from './keep-lease.js';
import { isTakenOver } from './move-job.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const aborted = (signal: AbortSignal) => new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));

describe('keepLease', () => {
  it('renews a 300 ms lease every third of it, so no other worker claims the job until it stops', async () => {
    const store = createMemoryStore();
    await store.createJob({ prompt: 'a long render' });
    const job = (await store.claimJob({ worker: 'w1', leaseMs: 300 }))!;
    const lease = keepLease({ store, job, leaseMs: 300 });
    try {
      // Four leases long: without renewal the job would be claimable after the first 300 ms.
      for (let check = 0; check < 12; check += 1) {
        await pause(100);
        expect(await store.claimJob({ worker: 'w2', leaseMs: 300 })).toBeNull();
      }
      expect(Date.parse((await store.getJob(job.id))!.leaseExpiresAt!)).toBeGreaterThan(Date.parse(job.leaseExpiresAt!) + 600);
      expect(lease.signal.aborted).toBe(false);
    } finally {
      lease.stop();
    }
    // Stopped: the lease runs out and another worker may take the job.
    await pause(400);
    expect(await store.claimJob({ worker: 'w2', leaseMs: 300 })).toMatchObject({ id: job.id, leaseOwner: 'w2' });
    await store.close();
  });

  it('aborts its signal as taken over when a renewal answers conflict', async () => {
    const store = createMemoryStore();
    await store.createJob({ prompt: 'a job put back' });
    const job = (await store.claimJob({ worker: 'w1', leaseMs: 90 }))!;
    const lease = keepLease({ store, job, leaseMs: 90 });
    // Put back to pending (a retry) and claimed by another worker: w1's next renewal is refused.
    await store.updateJob(job.id, { status: 'pending' });
    await store.claimJob({ worker: 'w2', leaseMs: 60_000 });
    await aborted(lease.signal);
    lease.stop();
    expect(isTakenOver(lease.signal.reason)).toBe(true);
    expect(MotionregError.isInstance(lease.signal.reason) && lease.signal.reason.code).toBe('conflict');
    expect(await store.getJob(job.id)).toMatchObject({ leaseOwner: 'w2' });
    await store.close();
  });

  it("passes the caller's abort on, retries a renewal the store failed, and refuses a job without a lease", async () => {
    const store = createMemoryStore();
    await store.createJob({ prompt: 'a flaky store' });
    const job = (await store.claimJob({ worker: 'w1', leaseMs: 60 }))!;
    let failures = 1;
    // why: the real store underneath, its first renewal failing as a store that is briefly down would.
    const flaky: RegistryStore = {
      ...store,
      renewLease: (request) => (failures-- > 0 ? Promise.reject(new MotionregError('store_unavailable', 'down', { component: 'test' })) : store.renewLease(request)),
    };
    const errors: unknown[] = [];
    const controller = new AbortController();
    const lease = keepLease({ store: flaky, job, leaseMs: 60, signal: controller.signal, onError: (error) => errors.push(error) });
    await pause(150);
    expect(errors).toHaveLength(1);
    expect(lease.signal.aborted).toBe(false);
    expect(Date.parse((await store.getJob(job.id))!.leaseExpiresAt!)).toBeGreaterThan(Date.parse(job.leaseExpiresAt!));
    controller.abort(new Error('SIGINT'));
    expect(lease.signal.aborted).toBe(true);
    expect(isTakenOver(lease.signal.reason)).toBe(false);
    lease.stop();
    const unclaimed = await store.createJob({ prompt: 'never claimed' });
    expect(() => keepLease({ store, job: unclaimed, leaseMs: 60 })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    await store.close();
  });
});
