import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { MotionregError } from '@motionreg/primitives';
import { isTakenOver, moveJob } from './move-job.js';
import { runJob } from './run-job.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('moveJob', () => {
  it('moves a job this worker holds, and refuses one another worker claimed after its lease ran out', async () => {
    const store = createMemoryStore();
    const created = await store.createJob({ prompt: 'a calm sea' });
    const mine = (await store.claimJob({ worker: 'w1', leaseMs: 1 }))!;
    await pause(5);
    expect((await store.claimJob({ worker: 'w2' }))?.id).toBe(created.id);
    const error = await moveJob(store, mine, 'rendered', '/tmp/clip.mp4').catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(error) && error.code).toBe('conflict');
    expect(isTakenOver(error)).toBe(true);
    expect(await store.getJob(created.id)).toMatchObject({ status: 'pending', leaseOwner: 'w2' });
    await store.close();
  });

  it('never sets a completed job back, and moves an unclaimed job of its own', async () => {
    const store = createMemoryStore();
    const job = await store.createJob({ prompt: 'x' });
    await moveJob(store, job, 'rendered', '/tmp/x.mp4');
    expect((await store.getJob(job.id))?.status).toBe('rendered');
    await store.updateJob(job.id, { status: 'completed' });
    expect(isTakenOver(await moveJob(store, job, 'extracted', '/tmp/x.mp4').catch((caught: unknown) => caught))).toBe(true);
    expect((await store.getJob(job.id))?.status).toBe('completed');
    expect(isTakenOver(new Error('other'))).toBe(false);
    await store.close();
  });

  it('a job taken over while rendering is left to its new holder, not failed', async () => {
    const store = createMemoryStore();
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-move-job-'));
    try {
      await store.createJob({ prompt: 'a slow drift of fog, 1 second' });
      const claimed = (await store.claimJob({ worker: 'slow', leaseMs: 1 }))!;
      const error = await runJob({
        store, job: claimed, seed: 1, outDir: directory, width: 96, height: 64, fps: 8,
        onProgress: async (progress) => {
          if (progress.phase !== 'render') return;
          await pause(5);
          await store.claimJob({ worker: 'fast' });
        },
      }).catch((caught: unknown) => caught);
      expect(isTakenOver(error)).toBe(true);
      expect(await store.getJob(claimed.id)).toMatchObject({ status: 'pending', leaseOwner: 'fast', error: null });
    } finally {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
