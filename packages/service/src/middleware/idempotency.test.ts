import { createMemoryStore } from '@motionreg/grow';
import { jobSchema, MotionregError } from '@motionreg/primitives';
import type { JobInput, RegistryStore } from '@motionreg/primitives';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, errorOf, testToken } from '../__fixtures__/http.js';
import { startNodeService } from '../node/start-node-service.js';
import type { NodeService } from '../node/start-node-service.js';

/** A memory store whose createJob waits for the test to open a gate, or fails once when told to. */
function gatedStore(): { store: RegistryStore; hold: () => () => void; failNext: () => void } {
  const inner = createMemoryStore();
  let gate: Promise<void> | undefined;
  let failing = false;
  const store = Object.assign(Object.create(inner) as RegistryStore, {
    createJob: async (input: JobInput) => {
      if (failing) {
        failing = false;
        throw new MotionregError('store_unavailable', 'database busy', { component: 'grow', retryable: true });
      }
      await gate;
      return inner.createJob(input);
    },
  });
  return {
    store,
    hold: () => {
      let open = (): void => undefined;
      gate = new Promise((resolve) => {
        open = resolve;
      });
      return () => {
        gate = undefined;
        open();
      };
    },
    failNext: () => {
      failing = true;
    },
  };
}

describe('Idempotency-Key over HTTP', () => {
  const gated = gatedStore();
  let service: NodeService;
  beforeAll(async () => {
    service = await startNodeService({ store: gated.store, port: 0, token: testToken });
  });
  afterAll(async () => service.close());

  it('answers a repeat while the first request still runs with 409 and Retry-After: 1, then replays', async () => {
    const open = gated.hold();
    const headers = { 'Idempotency-Key': 'slow-1' };
    const first = call(service.url, '/api/jobs', { json: { prompt: 'slow' }, headers });
    // let the first request reach the store and hold the key
    await new Promise((resolve) => setTimeout(resolve, 100));
    const concurrent = await call(service.url, '/api/jobs', { json: { prompt: 'slow' }, headers });
    expect(concurrent.status).toBe(409);
    expect(concurrent.headers.get('Retry-After')).toBe('1');
    expect((await errorOf(concurrent)).code).toBe('conflict');
    open();
    const created = jobSchema.parse(await (await first).json());
    const replay = await call(service.url, '/api/jobs', { json: { prompt: 'slow' }, headers });
    expect(jobSchema.parse(await replay.json()).id).toBe(created.id);
    const jobs = z.array(jobSchema).parse(await (await call(service.url, '/api/jobs')).json());
    expect(jobs.filter((job) => job.prompt === 'slow')).toHaveLength(1);
  });

  it('does not keep a 503: the retry with the same key runs the write', async () => {
    gated.failNext();
    const headers = { 'Idempotency-Key': 'after-503' };
    const failed = await call(service.url, '/api/jobs', { json: { prompt: 'retry me' }, headers });
    expect(failed.status).toBe(503);
    const retried = await call(service.url, '/api/jobs', { json: { prompt: 'retry me' }, headers });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('Idempotency-Replayed')).toBeNull();
    const again = await call(service.url, '/api/jobs', { json: { prompt: 'retry me' }, headers });
    expect(again.headers.get('Idempotency-Replayed')).toBe('true');
  });
});
