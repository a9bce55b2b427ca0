import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { applyMigrations, createD1BindingExecutor, sql } from '@motionreg/grow/sql';
import type { D1DatabaseBinding } from '@motionreg/grow/sql';
import { createSqliteStore } from '@motionreg/grow';
import { describeStoreConformance } from '@motionreg/grow/testing';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registrySnapshot, runLoopWrites } from './__fixtures__/loop-writes.js';
import { spawnClaimers } from './__fixtures__/spawn-claimers.js';
import { createRegistryClient } from './registry-client.js';
import { startFaultProxy } from './testing/fault-proxy.js';

const run = promisify(execFile);
const serviceRoot = fileURLToPath(new URL('../../service/', import.meta.url));
const wranglerBin = fileURLToPath(new URL('../../../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const token = 'worker-conformance-token';
const config = z.object({
  compatibility_date: z.string(),
  compatibility_flags: z.array(z.string()),
}).parse(JSON.parse(readFileSync(join(serviceRoot, 'wrangler.jsonc'), 'utf8').replace(/^\s*\/\/.*$/gm, '')));

const folder = mkdtempSync(join(tmpdir(), 'motionreg-client-worker-'));
const bundle = join(folder, 'bundle');

// The bundle `wrangler deploy` would upload, built once, run by one miniflare with a D1 migrated by
// grow's migrations and an R2 bucket for clips. Each test store starts from emptied tables: a fresh
// workerd per test costs seconds each on a busy machine, emptying the tables milliseconds.
let worker: { url: string; db: D1DatabaseBinding; dispose: () => Promise<void> };
beforeAll(async () => {
  await run(process.execPath, [wranglerBin, 'deploy', '--dry-run', '--outdir', bundle], { cwd: serviceRoot, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } });
  worker = await startWorker();
}, 180_000);
afterAll(async () => {
  await worker?.dispose();
  rmSync(folder, { recursive: true, force: true });
});

async function startWorker(): Promise<{ url: string; db: D1DatabaseBinding; dispose: () => Promise<void> }> {
  const miniflare = new Miniflare({
    modules: true,
    scriptPath: join(bundle, 'worker.js'),
    modulesRoot: bundle,
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    d1Databases: { DB: 'registry' },
    r2Buckets: ['CLIPS'],
    bindings: { MOTIONREG_TOKEN: token },
    host: '127.0.0.1',
    port: 0,
  });
  const url = (await miniflare.ready).origin;
  // why: miniflare's binding proxy is typed as workers-types' D1Database; the executor takes it by shape.
  const db: D1DatabaseBinding = await miniflare.getD1Database('DB');
  await applyMigrations(createD1BindingExecutor(db));
  return { url, db, dispose: () => miniflare.dispose() };
}

const tableNamesSchema = z.array(z.object({ name: z.string() }));

/** Empties every registry table (the migrations' record kept), so the next test meets an empty store. */
async function emptyTables(db: D1DatabaseBinding): Promise<void> {
  const executor = createD1BindingExecutor(db);
  const tables = tableNamesSchema.parse(await executor.read(sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name != 'd1_migrations'")));
  // why: tables reference each other; checking the keys at the end of the batch lets them empty in any order.
  const deletes = tables.map(({ name }) => sql(`DELETE FROM "${name.replaceAll('"', '""')}"`));
  await executor.atomic(async () => ({ statements: [sql('PRAGMA defer_foreign_keys = ON'), ...deletes], finish: () => undefined }));
}

const clientOf = (url: string) => createRegistryClient({ baseUrl: url, token, retryBaseMs: 10, retryMaxMs: 200 });

describeStoreConformance({
  name: 'http client → Worker in miniflare (D1)',
  async create() {
    await emptyTables(worker.db);
    return {
      store: clientOf(worker.url),
      openAnother: () => clientOf(worker.url),
      reopen: () => clientOf(worker.url),
      spawnClaimers: (workers) => spawnClaimers(worker.url, token, workers),
    };
  },
});

describe('clips through the client, kept in the Worker\'s R2', () => {
  it('uploads a clip (bytes, or a stream) and downloads the same bytes; a job without one is null', async () => {
    await emptyTables(worker.db);
    const client = clientOf(worker.url);
    const job = await client.createJob({ prompt: 'a clip to keep' });
    const bytes = new Uint8Array(200_000).map((_, index) => (index * 31) % 251);
    const info = await client.uploadClip(job.id, bytes);
    expect(info).toMatchObject({ jobId: job.id, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(Buffer.from((await client.downloadClip(job.id))!).equals(Buffer.from(bytes))).toBe(true);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 1_000));
        controller.enqueue(bytes.subarray(1_000, 5_000));
        controller.close();
      },
    });
    expect((await client.uploadClip(job.id, streamed)).bytes).toBe(5_000);
    expect((await client.downloadClip(job.id))?.length).toBe(5_000);
    const other = await client.createJob({ prompt: 'no clip' });
    expect(await client.downloadClip(other.id)).toBeNull();
  });
});

describe('a seeded loop through injected faults, on the Worker', () => {
  it('leaves D1 holding what the same writes leave in a local SQLite file, entry for entry', async () => {
    const seed = 31;
    const local = createSqliteStore({ path: join(folder, 'local.db') });
    await runLoopWrites(local, { seed, jobs: 10 });
    const expected = await registrySnapshot(local);
    await local.close();

    await emptyTables(worker.db);
    const proxy = await startFaultProxy({ target: worker.url, seed, stallMs: 2_500, retryAfter: '1', weights: { pass: 8, unavailable: 1, throttle: 0.5, drop: 1.5, stall: 0.5, stallAfter: 1 } });
    try {
      const client = createRegistryClient({ baseUrl: proxy.url, token, timeoutMs: 2_000, retries: 12, retryBaseMs: 10, retryMaxMs: 200 });
      await runLoopWrites(client, { seed, jobs: 10 });
      const direct = clientOf(worker.url);
      expect(await registrySnapshot(direct)).toEqual(expected);
      expect(await direct.diagnostics({ last: 1_000 })).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
      const lostAnswers = proxy.log.filter((entry) => (entry.fault === 'drop' || entry.fault === 'stallAfter') && entry.method !== 'GET' && entry.forwardedStatus !== undefined && entry.forwardedStatus < 300);
      expect(lostAnswers.length).toBeGreaterThan(3);
    } finally {
      await proxy.close();
    }
  }, 240_000);
});

