import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { growFromExtraction } from '@motionreg/grow';
import { buildExtraction, buildInstruction } from '@motionreg/grow/testing';
import { MotionregError, exportSections, registryApi } from '@motionreg/primitives';
import { startNodeService } from '@motionreg/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistryClient } from './registry-client.js';
import type { RegistryClient } from './registry-client.js';

const token = 'extras-token';
const directory = mkdtempSync(join(tmpdir(), 'motionreg-client-extras-'));
let service: { url: string; close: () => Promise<void> };
let client: RegistryClient;

beforeAll(async () => {
  service = await startNodeService({ storeUrl: `sqlite:${join(directory, 'registry.db')}`, port: 0, token });
  client = createRegistryClient({ baseUrl: service.url, token });
});
afterAll(async () => {
  await service.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('the client\'s routes beyond the store interface, against the Node service', () => {
  it('reads health, loop progress and Prometheus metrics', async () => {
    expect(await client.health()).toMatchObject({ ok: true, specificationVersion: 'v1', store: 'sqlite', readsNeedToken: false });
    await client.createJob({ id: 'progress-1', prompt: 'waiting' });
    expect((await client.loopProgress()).counts.pending).toBeGreaterThanOrEqual(1);
    const metrics = await client.metrics();
    expect(metrics).toMatch(/^# (HELP|TYPE) /m);
    expect(metrics).toContain('pending');
  });

  it('pages through every export section and finds what the full export holds', async () => {
    await growFromExtraction(client, buildExtraction({ seed: 3 }), null, { jobId: 'paged-1', prompt: 'a slow pan' });
    const full = await client.exportRegistries();
    let colours = 0;
    for (let offset: number | null = 0; offset !== null;) {
      const page = await client.exportPage({ section: 'static.colors', offset, limit: 2 });
      expect(page.items.length).toBeLessThanOrEqual(2);
      colours += page.items.length;
      offset = page.nextOffset;
    }
    expect(colours).toBe(full.static.colors.length);
    for (const section of exportSections) expect((await client.exportPage({ section })).section).toBe(section);
  });

  it('queues interpretations in a batch, backfills job prompts, and grows prompts in a batch once per source', async () => {
    const queued = await client.enqueueInterpretations([{ prompt: 'neon rain', source: 'web' }, { prompt: 'dusk hills', source: 'web' }]);
    expect(queued.map((record) => record.status)).toEqual(['pending', 'pending']);
    await client.createJob({ id: 'uninterpreted', prompt: 'a prompt no one interpreted' });
    const backfilled = await client.backfillInterpretations({ limit: 50 });
    expect(backfilled.map((record) => record.prompt)).toContain('a prompt no one interpreted');
    const records = ['job-a', 'job-b'].map((sourceId) => ({ sourceId, prompt: 'hella slow crane', source: 'loop', instruction: buildInstruction('hella slow crane', [{ span: 'hella slow', canonical: 'slow', domain: 'motion.speed', kind: 'slang' }]) }));
    const outcomes = await client.recordPromptGrowthBatch(records);
    expect(outcomes.map((outcome) => outcome.alreadyRecorded)).toEqual([false, false]);
    expect((await client.recordPromptGrowthBatch(records)).every((outcome) => outcome.alreadyRecorded)).toBe(true);
    expect((await client.listLinguistic()).find((entry) => entry.span === 'hella slow')?.count).toBe(2);
  });

  it('splits batches larger than a route allows into requests within its limit, answers in order', async () => {
    const prompts = Array.from({ length: registryApi.enqueueInterpretations.maxItems! * 2 + 3 }, (_, index) => ({ prompt: `batched prompt ${index}`, source: 'web' }));
    const queued = await client.enqueueInterpretations(prompts);
    expect(queued.map((record) => record.prompt)).toEqual(prompts.map((item) => item.prompt));
    const records = Array.from({ length: registryApi.recordPromptGrowthBatch.maxItems! + 2 }, (_, index) => ({
      sourceId: `split-${index}`, prompt: 'a calm crane', source: 'loop', instruction: buildInstruction('a calm crane', [{ span: 'calm', canonical: 'calm', domain: 'audio.mood', kind: 'exact' }]),
    }));
    const outcomes = await client.recordPromptGrowthBatch(records);
    expect(outcomes.map((outcome) => outcome.sourceId)).toEqual(records.map((record) => record.sourceId));
    expect((await client.listLinguistic()).find((entry) => entry.span === 'calm')?.count).toBe(records.length);
    expect(await client.enqueueInterpretations([])).toEqual([]);
  });

  it('uploads a clip from a path or a Node stream and downloads the same bytes', async () => {
    const job = await client.createJob({ prompt: 'a clip on disk' });
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256));
    const path = join(directory, 'clip.mp4');
    writeFileSync(path, bytes);
    const info = await client.uploadClip(job.id, path);
    expect(info).toMatchObject({ jobId: job.id, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(Buffer.from((await client.downloadClip(job.id))!).equals(bytes)).toBe(true);
    await client.uploadClip(job.id, Readable.from([bytes.subarray(0, 10), bytes.subarray(10, 30)]));
    expect((await client.downloadClip(job.id))?.length).toBe(30);
    await expect(client.uploadClip(job.id, join(directory, 'missing.mp4'))).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('gets 401 for a write without the token, and reads stay open', async () => {
    const anonymous = createRegistryClient({ baseUrl: service.url });
    const error = await anonymous.createJob({ prompt: 'no token' }).then(() => undefined, (caught: unknown) => caught);
    expect(MotionregError.isInstance(error) && error.code).toBe('unauthorized');
    expect((error as MotionregError).status).toBe(401);
    expect((await anonymous.health()).ok).toBe(true);
  });

  it('has a method for every route of the table', () => {
    const methods = client as unknown as Record<string, unknown>;
    for (const name of Object.keys(registryApi)) expect(typeof methods[name], name).toBe('function');
  });

  it('calls any route by name through call()', async () => {
    expect(await client.call('countJobs')).toMatchObject({ pending: expect.any(Number) });
    const entries = await client.call('listEntries', { params: { registry: 'static', aspect: 'colors' }, input: { limit: 1 } });
    expect(entries).toHaveLength(1);
  });

  it('refuses calls after close', async () => {
    const closing = createRegistryClient({ baseUrl: service.url });
    await closing.close();
    await expect(closing.health()).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
