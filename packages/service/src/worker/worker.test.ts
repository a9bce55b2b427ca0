import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { clipInfoSchema, healthSchema, jobCountsSchema, jobSchema } from '@motionreg/primitives';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, errorOf, temporaryFolder, testToken } from '../__fixtures__/http.js';

const run = promisify(execFile);
const serviceRoot = fileURLToPath(new URL('../..', import.meta.url));
const wranglerBin = fileURLToPath(new URL('../../../../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const wranglerEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' };

/** wrangler.jsonc, read as wrangler reads it (comments dropped), for the names the test must match. */
const config = z.object({
  compatibility_date: z.string(),
  compatibility_flags: z.array(z.string()),
  d1_databases: z.array(z.object({ binding: z.string(), database_name: z.string(), database_id: z.string() })).length(1),
}).parse(JSON.parse(readFileSync(join(serviceRoot, 'wrangler.jsonc'), 'utf8').replace(/^\s*\/\/.*$/gm, '')));
const database = config.d1_databases[0]!;

describe('the Worker in miniflare (bundled by wrangler, D1 migrated by wrangler, clips in R2)', () => {
  const folder = temporaryFolder('worker');
  let miniflare: Miniflare;
  let url: string;

  beforeAll(async () => {
    // The same bundle `wrangler deploy` uploads, and the same migrations `wrangler d1 migrations apply` runs.
    await run(process.execPath, [wranglerBin, 'deploy', '--dry-run', '--outdir', join(folder.path, 'bundle')], { cwd: serviceRoot, env: wranglerEnv });
    await run(process.execPath, [wranglerBin, 'd1', 'migrations', 'apply', database.database_name, '--local', '--persist-to', join(folder.path, 'state')], { cwd: serviceRoot, env: wranglerEnv });
    miniflare = new Miniflare({
      modules: true,
      scriptPath: join(folder.path, 'bundle', 'worker.js'),
      modulesRoot: join(folder.path, 'bundle'),
      compatibilityDate: config.compatibility_date,
      compatibilityFlags: config.compatibility_flags,
      d1Databases: { [database.binding]: database.database_id },
      d1Persist: join(folder.path, 'state', 'v3', 'd1'),
      r2Buckets: ['CLIPS'],
      bindings: { MOTIONREG_TOKEN: testToken },
      host: '127.0.0.1',
      port: 0,
    });
    url = (await miniflare.ready).origin;
  }, 180_000);
  afterAll(async () => {
    await miniflare?.dispose();
    folder.remove();
  });

  it('serves health from the D1 store', async () => {
    const response = await call(url, '/api/health', { token: null });
    expect(healthSchema.parse(await response.json())).toMatchObject({ ok: true, store: 'd1', readsNeedToken: false });
  });

  it('serves the live report page at /', async () => {
    const response = await call(url, '/', { token: null });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^<!doctype html>/i);
  });

  it('keeps one app per isolate: request counters accumulate across requests', async () => {
    for (let index = 0; index < 3; index += 1) await call(url, '/api/jobs/counts', { token: null });
    const text = await (await call(url, '/api/metrics', { token: null })).text();
    const count = Number(/^motionreg_http_requests_total\{route="countJobs",method="GET",status="200"\} (\d+)$/m.exec(text)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('needs the secret token for writes', async () => {
    const response = await call(url, '/api/jobs', { json: { prompt: 'no token' }, token: null });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('unauthorized');
  });

  it('keeps idempotency keys in D1: a repeat replays and writes nothing', async () => {
    const headers = { 'Idempotency-Key': 'worker-key-1' };
    const first = jobSchema.parse(await (await call(url, '/api/jobs', { json: { prompt: "'; DROP TABLE jobs;-- 🌊" }, headers })).json());
    const repeat = await call(url, '/api/jobs', { json: { prompt: "'; DROP TABLE jobs;-- 🌊" }, headers });
    expect(repeat.headers.get('Idempotency-Replayed')).toBe('true');
    expect(jobSchema.parse(await repeat.json()).id).toBe(first.id);
    expect(jobSchema.parse(await (await call(url, `/api/jobs/${first.id}`)).json()).prompt).toBe("'; DROP TABLE jobs;-- 🌊");
    const counts = jobCountsSchema.parse(await (await call(url, '/api/jobs/counts')).json());
    expect(counts.pending).toBe(1);
    const keys = await (await miniflare.getD1Database(database.binding)).prepare('SELECT COUNT(*) AS n FROM idempotency_keys').first<{ n: number }>();
    expect(keys?.n).toBe(1);
  });

  it('lets 4 concurrent workers claim 40 jobs, each exactly once', async () => {
    for (let index = 0; index < 40; index += 1) await call(url, '/api/jobs', { json: { id: `w-${index}`, prompt: `job ${index}` } });
    const claimed: string[] = [];
    const worker = async (name: string): Promise<void> => {
      for (;;) {
        const answer = z.object({ job: jobSchema.nullable() }).parse(await (await call(url, '/api/jobs/claim', { json: { worker: name } })).json());
        if (answer.job === null) return;
        claimed.push(answer.job.id);
      }
    };
    await Promise.all(['a', 'b', 'c', 'd'].map(worker));
    expect(claimed).toHaveLength(41);
    expect(new Set(claimed).size).toBe(41);
  });

  it('round-trips a clip through R2 with its SHA-256', async () => {
    const clip = new Uint8Array(500_000).map((_, index) => (index * 31) % 256);
    const uploaded = await call(url, '/api/jobs/w-1/clip', { method: 'PUT', body: clip, headers: { 'Content-Type': 'video/mp4' } });
    expect(uploaded.status).toBe(200);
    expect(clipInfoSchema.parse(await uploaded.json()).sha256).toBe(createHash('sha256').update(clip).digest('hex'));
    const downloaded = await call(url, '/api/jobs/w-1/clip', { token: null });
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(Buffer.from(clip))).toBe(true);
    expect((await call(url, '/api/jobs/w-2/clip')).status).toBe(404);
    expect((await call(url, '/api/jobs/no-such-job/clip', { method: 'PUT', body: clip, headers: { 'Content-Type': 'video/mp4' } })).status).toBe(404);
    // a second upload replaces the first whole
    const replacement = clip.slice(0, 1_000);
    expect((await call(url, '/api/jobs/w-1/clip', { method: 'PUT', body: replacement, headers: { 'Content-Type': 'video/mp4' } })).status).toBe(200);
    expect(Buffer.from(await (await call(url, '/api/jobs/w-1/clip')).arrayBuffer()).equals(Buffer.from(replacement))).toBe(true);
  });
});
