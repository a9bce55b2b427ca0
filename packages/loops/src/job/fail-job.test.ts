import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { failJob, oneLineError } from './fail-job.js';

describe('oneLineError', () => {
  it('is one line of at most 2,000 characters, whatever was thrown', () => {
    expect(oneLineError(new Error('ffmpeg exited 1:\n  moov atom not found\n'))).toBe('ffmpeg exited 1: moov atom not found');
    expect(oneLineError('plain text')).toBe('plain text');
    expect(oneLineError(new Error(''))).toBe('unknown error');
    expect(oneLineError(new Error('x'.repeat(5_000)))).toHaveLength(2_000);
  });
});

describe('failJob', () => {
  it('marks a job failed with the error, keeps its clip path, and never touches a completed job', async () => {
    const store = createMemoryStore();
    const job = await store.createJob({ prompt: 'a calm sea' });
    await store.updateJob(job.id, { status: 'rendered', clipPath: '/tmp/clip.mp4' });
    await failJob(store, job.id, new Error('decode failed'));
    expect(await store.getJob(job.id)).toMatchObject({ status: 'failed', error: 'decode failed', clipPath: '/tmp/clip.mp4' });
    const done = await store.createJob({ prompt: 'done' });
    await store.updateJob(done.id, { status: 'completed' });
    await failJob(store, done.id, new Error('late'));
    expect(await store.getJob(done.id)).toMatchObject({ status: 'completed', error: null });
    await store.close();
  });

  it('a store that cannot record the failure does not hide the original error', async () => {
    const store = createMemoryStore();
    const job = await store.createJob({ prompt: 'x' });
    // a store that went down together with the step
    const down = { ...store, updateJob: () => Promise.reject(new Error('store_unavailable')) };
    await expect(failJob(down, job.id, new Error('first'))).resolves.toBeUndefined();
    expect((await store.getJob(job.id))?.status).toBe('pending');
    await store.close();
  });
});
