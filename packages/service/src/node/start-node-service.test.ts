import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { clipInfoSchema, jobCountsSchema, jobSchema } from '@motionreg/primitives';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, errorOf, temporaryFolder } from '../__fixtures__/http.js';
import { startNodeService } from './start-node-service.js';
import type { NodeService } from './start-node-service.js';

const claimAnswerSchema = z.object({ job: jobSchema.nullable() });

/** Strings that break naive SQL building or text handling; each must come back byte for byte. */
const hostileStrings = [
  "'; DROP TABLE jobs;--",
  '"Robert\'); DROP TABLE jobs; --',
  'emoji 🎬🌊👩🏽‍🚀 and a flag 🇳🇴',
  'RTL: שלום עולם، مرحبا بالعالم',
  'odd: e\u0301 (combining), \u200b zero-width, \u202e override, \ufeff bom, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, \u{10ffff}',
  'quotes ` \\ \\n % _ ?1 $1 :name',
];

describe('startNodeService on a SQLite file', () => {
  const folder = temporaryFolder('sqlite');
  const storeUrl = `sqlite:${join(folder.path, 'registry.db')}`;
  let service: NodeService;

  beforeAll(async () => {
    service = await startNodeService({ storeUrl, port: 0, token: 'test-token-3f9a' });
  });
  afterAll(async () => {
    await service.close();
    folder.remove();
  });

  it('listens on 127.0.0.1 by default and keeps keys and clips beside the registry', () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(join(folder.path, 'registry.idempotency.db'))).toBe(true);
  });

  it('refuses a port already in use with a conflict naming it', async () => {
    const port = Number(new URL(service.url).port);
    await expect(startNodeService({ storeUrl: 'memory:', port, token: 't' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(`127.0.0.1:${port}`) });
  });

  it('round-trips SQL-like and unicode strings byte for byte', async () => {
    for (const [index, prompt] of hostileStrings.entries()) {
      const id = `hostile-${index}-${prompt}`;
      const created = await call(service.url, '/api/jobs', { json: { id, prompt } });
      expect(created.status).toBe(200);
      const read = jobSchema.parse(await (await call(service.url, `/api/jobs/${encodeURIComponent(id)}`)).json());
      expect(Buffer.from(read.prompt, 'utf8').equals(Buffer.from(prompt, 'utf8'))).toBe(true);
      expect(read.id).toBe(id);
    }
    const listed = z.array(jobSchema).parse(await (await call(service.url, '/api/jobs?limit=100')).json());
    expect(new Set(listed.map((job) => job.prompt))).toEqual(new Set(hostileStrings));
  });

  it('replays a repeated Idempotency-Key without writing again, and refuses the key for another body', async () => {
    const before = jobCountsSchema.parse(await (await call(service.url, '/api/jobs/counts')).json());
    const headers = { 'Idempotency-Key': 'create-once-1' };
    const first = await call(service.url, '/api/jobs', { json: { prompt: 'a slow pan over a calm sea' }, headers });
    const firstBody = await first.text();
    const repeat = await call(service.url, '/api/jobs', { json: { prompt: 'a slow pan over a calm sea' }, headers });
    expect(repeat.status).toBe(first.status);
    expect(await repeat.text()).toBe(firstBody);
    expect(repeat.headers.get('Idempotency-Replayed')).toBe('true');
    const after = jobCountsSchema.parse(await (await call(service.url, '/api/jobs/counts')).json());
    expect(after.pending).toBe(before.pending + 1);

    const reused = await call(service.url, '/api/jobs', { json: { prompt: 'another prompt' }, headers });
    expect(reused.status).toBe(422);
    expect(await errorOf(reused)).toMatchObject({ code: 'conflict', field: 'Idempotency-Key' });
    const bad = await call(service.url, '/api/jobs', { json: { prompt: 'x' }, headers: { 'Idempotency-Key': 'has space' } });
    expect((await errorOf(bad)).field).toBe('Idempotency-Key');
  });

  it('keeps idempotency keys across a restart of the service', async () => {
    const headers = { 'Idempotency-Key': 'survives-restart' };
    const first = await call(service.url, '/api/jobs', { json: { prompt: 'before restart' }, headers });
    const id = jobSchema.parse(await first.json()).id;
    await service.close();
    service = await startNodeService({ storeUrl, port: 0, token: 'test-token-3f9a' });
    const repeat = await call(service.url, '/api/jobs', { json: { prompt: 'before restart' }, headers });
    expect(jobSchema.parse(await repeat.json()).id).toBe(id);
    const jobs = z.array(jobSchema).parse(await (await call(service.url, '/api/jobs?limit=1000')).json());
    expect(jobs.filter((job) => job.prompt === 'before restart')).toHaveLength(1);
  });

  it('lets 4 concurrent workers claim 100 pending jobs, each exactly once', async () => {
    const ids = new Set<string>();
    for (let index = 0; index < 100; index += 1) {
      const created = jobSchema.parse(await (await call(service.url, '/api/jobs', { json: { id: `claim-${index}`, prompt: `job ${index}` } })).json());
      ids.add(created.id);
    }
    // Every other pending job of earlier tests is claimable too: take only what this test made.
    const claimedBy = new Map<string, string>();
    const worker = async (name: string): Promise<void> => {
      for (;;) {
        const answer = claimAnswerSchema.parse(await (await call(service.url, '/api/jobs/claim', { json: { worker: name, leaseMs: 600_000 } })).json());
        if (answer.job === null) return;
        expect(claimedBy.has(answer.job.id)).toBe(false);
        claimedBy.set(answer.job.id, name);
        expect(answer.job.leaseOwner).toBe(name);
      }
    };
    await Promise.all(['w1', 'w2', 'w3', 'w4'].map(worker));
    for (const id of ids) expect(claimedBy.has(id)).toBe(true);
    expect(new Set(claimedBy.values()).size).toBeGreaterThan(1);
  });

  it('makes a job claimable again when its lease expires', async () => {
    await call(service.url, '/api/jobs', { json: { id: 'short-lease', prompt: 'short' } });
    const first = claimAnswerSchema.parse(await (await call(service.url, '/api/jobs/claim', { json: { worker: 'quick', leaseMs: 1 } })).json());
    expect(first.job?.id).toBe('short-lease');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = claimAnswerSchema.parse(await (await call(service.url, '/api/jobs/claim', { json: { worker: 'second', leaseMs: 600_000 } })).json());
    expect(again.job).toMatchObject({ id: 'short-lease', leaseOwner: 'second' });
    const none = claimAnswerSchema.parse(await (await call(service.url, '/api/jobs/claim', { json: { worker: 'third' } })).json());
    expect(none.job).toBeNull();
  });

  it('keeps a clip per job in a folder beside the registry and streams it back', async () => {
    await call(service.url, '/api/jobs', { json: { id: 'with-clip', prompt: 'clip' } });
    const clip = new Uint8Array(300_000).map((_, index) => (index * 7919) % 251);
    const uploaded = await call(service.url, '/api/jobs/with-clip/clip', { method: 'PUT', body: clip, headers: { 'Content-Type': 'video/mp4' } });
    expect(uploaded.status).toBe(200);
    const info = clipInfoSchema.parse(await uploaded.json());
    expect(info).toMatchObject({ jobId: 'with-clip', bytes: clip.byteLength, sha256: createHash('sha256').update(clip).digest('hex') });
    const downloaded = await call(service.url, '/api/jobs/with-clip/clip', { token: null });
    expect(downloaded.headers.get('Content-Type')).toBe('video/mp4');
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(Buffer.from(clip))).toBe(true);
    expect(existsSync(join(folder.path, 'registry.clips'))).toBe(true);

    expect((await call(service.url, '/api/jobs/short-lease/clip')).status).toBe(404);
    expect((await call(service.url, '/api/jobs/no-such-job/clip', { method: 'PUT', body: clip, headers: { 'Content-Type': 'video/mp4' } })).status).toBe(404);
    expect((await call(service.url, '/api/jobs/with-clip/clip', { method: 'PUT', body: clip, headers: { 'Content-Type': 'image/png' } })).status).toBe(415);
    expect((await call(service.url, '/api/jobs/with-clip/clip', { method: 'PUT', body: clip, token: null, headers: { 'Content-Type': 'video/mp4' } })).status).toBe(401);
  });

  it('refuses a clip past its limit with 413 before reading it, and keeps the old clip', async () => {
    const small = await startNodeService({ storeUrl, port: 0, token: 'test-token-3f9a', clipLimitBytes: 100_000 });
    try {
      const big = new Uint8Array(100_001);
      const refused = await call(small.url, '/api/jobs/with-clip/clip', { method: 'PUT', body: big, headers: { 'Content-Type': 'video/mp4' } });
      expect(refused.status).toBe(413);
      expect((await errorOf(refused)).message).toContain('limit of 100000 bytes');
      expect((await (await call(small.url, '/api/jobs/with-clip/clip')).arrayBuffer()).byteLength).toBe(300_000);
    } finally {
      await small.close();
    }
  });

  it('serves Prometheus text with requests by route and status and jobs per status', async () => {
    const counts = jobCountsSchema.parse(await (await call(service.url, '/api/jobs/counts')).json());
    const text = await (await call(service.url, '/api/metrics')).text();
    expect(text).toMatch(/^motionreg_http_requests_total\{route="countJobs",method="GET",status="200"\} \d+$/m);
    expect(text).toMatch(/^motionreg_http_request_duration_seconds_bucket\{route="countJobs",le="\+Inf"\} \d+$/m);
    expect(text).toContain(`motionreg_jobs{status="pending"} ${counts.pending}`);
    expect(text).toMatch(/^motionreg_idempotency_keys \d+$/m);
  });

  it('serves the live report page at /', async () => {
    const response = await call(service.url, '/', { token: null });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('motionreg registries (live)');
    // the newest jobs, each clip played from this service
    expect(html).toContain('id="jobs"');
  });

  it('reports loop progress from the job counts and diagnostics', async () => {
    const progress = await (await call(service.url, '/api/loop-progress')).json();
    const counts = jobCountsSchema.parse(await (await call(service.url, '/api/jobs/counts')).json());
    expect(progress).toMatchObject({ counts, missingLearning: 0, missingDiscovery: 0, failed: 0 });
  });
});
