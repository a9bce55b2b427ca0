import { Miniflare } from 'miniflare';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MotionregError } from '@motionreg/primitives';
import { buildExtraction, d1BatchWorkerScript, d1ThroughWorker, describeStoreConformance, startD1QueryServer } from '@motionreg/grow/testing';
import type { D1Fault, D1QueryServer } from '@motionreg/grow/testing';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { spawnClaimers } from '../store-url/__fixtures__/spawn-claimers.js';
import { createD1HttpStore } from './d1-http-store.js';

/** A real D1 (miniflare's workerd) behind a local Cloudflare `/query` endpoint. */
async function startRealD1(fault?: (body: unknown) => D1Fault | undefined) {
  const miniflare = new Miniflare({ modules: true, script: d1BatchWorkerScript, d1Databases: { DB: 'registry' } });
  const server = await startD1QueryServer({ database: d1ThroughWorker(miniflare), ...(fault === undefined ? {} : { fault }) });
  return {
    server,
    dispose: async () => {
      await server.close();
      await miniflare.dispose();
    },
  };
}

const storeOn = (server: D1QueryServer, migrate = true) =>
  createD1HttpStore({ accountId: server.accountId, databaseId: server.databaseId, apiToken: server.apiToken, baseUrl: server.baseUrl, migrate });

describeStoreConformance({
  name: 'd1-http (real D1 behind a local /query endpoint)',
  create: async () => {
    const { server, dispose } = await startRealD1();
    return {
      store: storeOn(server),
      openAnother: () => storeOn(server),
      reopen: () => storeOn(server, false),
      spawnClaimers: (workers) => spawnClaimers(`d1://${server.accountId}/${server.databaseId}`, workers, { CLOUDFLARE_API_TOKEN: server.apiToken, CLOUDFLARE_API_BASE_URL: server.baseUrl }),
      dispose,
    };
  },
});

describe('createD1HttpStore', () => {
  let realD1: Awaited<ReturnType<typeof startRealD1>>;
  let faults: D1Fault[];
  beforeEach(async () => {
    faults = [];
    realD1 = await startRealD1(() => faults.shift());
  });
  afterEach(async () => realD1.dispose());

  const codeOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => undefined, (caught: unknown) => caught);
    expect(MotionregError.isInstance(error)).toBe(true);
    return error as MotionregError;
  };

  it('sends every write as one batch with bound string parameters, never SQL with values joined in', async () => {
    const store = storeOn(realD1.server);
    await growFromExtraction(store, buildExtraction({ seed: 1 }), null, { jobId: 'job-1', prompt: "it's a 'quoted' prompt; DROP TABLE jobs" });
    const batches = realD1.server.requests.filter((request) => 'batch' in request);
    expect(batches.length).toBeGreaterThan(1);
    const growth = batches.at(-1)!;
    // Set-based: the whole growth (dozens of entries) is a handful of statements in one batch.
    expect('batch' in growth && growth.batch.length).toBeGreaterThan(5);
    expect('batch' in growth && growth.batch.length).toBeLessThan(15);
    for (const request of realD1.server.requests) {
      for (const query of 'batch' in request ? request.batch : [request]) {
        expect(query.sql).not.toContain('quoted');
        for (const param of query.params ?? []) expect(typeof param).toBe('string');
      }
    }
    expect((await store.getJob('job-1'))?.prompt).toBe("it's a 'quoted' prompt; DROP TABLE jobs");
    await store.close();
  });

  it('says which migrations are missing when not asked to apply them', async () => {
    const store = storeOn(realD1.server, false);
    expect((await codeOf(store.listJobs())).code).toBe('store_unavailable');
    await storeOn(realD1.server, true).listJobs();
    expect(await store.listJobs()).toEqual([]);
  });

  it('refuses a wrong token as unauthorized, with its status', async () => {
    const store = createD1HttpStore({ accountId: realD1.server.accountId, databaseId: realD1.server.databaseId, apiToken: 'wrong', baseUrl: realD1.server.baseUrl, migrate: true });
    const error = await codeOf(store.listJobs());
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, retryable: false });
  });

  it('marks 429 and 5xx answers retryable, and other failures not', async () => {
    const store = storeOn(realD1.server);
    await store.listJobs();
    faults.push({ status: 503, body: '<html>upstream unavailable</html>' });
    expect(await codeOf(store.listJobs())).toMatchObject({ code: 'store_unavailable', status: 503, retryable: true });
    faults.push({ status: 429, body: JSON.stringify({ success: false, errors: [{ code: 971, message: 'rate limited' }] }) });
    expect(await codeOf(store.listJobs())).toMatchObject({ code: 'store_unavailable', status: 429, retryable: true });
    faults.push({ status: 200, body: 'not json' });
    expect(await codeOf(store.listJobs())).toMatchObject({ code: 'remote_error', status: 200, retryable: false });
    faults.push({ status: 200, body: JSON.stringify({ success: true, result: [] }) });
    expect(await codeOf(store.listJobs())).toMatchObject({ code: 'remote_error' });
    faults.push({ status: 400, body: JSON.stringify({ success: false, errors: [{ code: 7500, message: 'no such table: nope' }] }) });
    expect(await codeOf(store.listJobs())).toMatchObject({ code: 'remote_error', status: 400, retryable: false });
    expect(await store.listJobs()).toEqual([]);
  });

  it('cannot reach a closed port: store_unavailable, retryable', async () => {
    const store = createD1HttpStore({ accountId: 'a', databaseId: 'b', apiToken: 't', baseUrl: 'http://127.0.0.1:9/client/v4', timeoutMs: 2000 });
    expect(await codeOf(store.listJobs())).toMatchObject({ code: 'store_unavailable', retryable: true });
  });

  it('checks its options up front', () => {
    expect(() => createD1HttpStore({ accountId: '', databaseId: 'b', apiToken: 't' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => createD1HttpStore({ accountId: 'a/../b', databaseId: 'b', apiToken: 't' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
