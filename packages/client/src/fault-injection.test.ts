import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore, growFromExtraction, observeExtraction } from '@motionreg/grow';
import { buildExtraction } from '@motionreg/grow/testing';
import { createSeededRandom } from '@motionreg/primitives';
import { startNodeService } from '@motionreg/service';
import { afterAll, describe, expect, it } from 'vitest';
import { registrySnapshot, runLoopWrites } from './__fixtures__/loop-writes.js';
import { createRegistryClient } from './registry-client.js';
import { faultKinds, startFaultProxy } from './testing/fault-proxy.js';

const token = 'fault-token';
const directory = mkdtempSync(join(tmpdir(), 'motionreg-client-faults-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('a seeded loop through injected faults', () => {
  // Two seeds: each draws its own writes and its own fault schedule.
  it.each([7, 1_234])('leaves the registry a fault-free run leaves on a local SQLite file, entry for entry (seed %i)', async (seed) => {
    const local = createSqliteStore({ path: join(directory, `local-${seed}.db`) });
    await runLoopWrites(local, { seed, jobs: 12 });
    const expected = await registrySnapshot(local);
    await local.close();

    const service = await startNodeService({ storeUrl: `sqlite:${join(directory, `served-${seed}.db`)}`, port: 0, token });
    // why: a stall outlasts the client's timeout; a throttle asks for a one-second wait the client must honour.
    const proxy = await startFaultProxy({
      target: service.url, seed, stallMs: 1_200, retryAfter: '1',
      weights: { pass: 8, unavailable: 1, throttle: 0.5, drop: 1.5, stall: 0.5, stallAfter: 1 },
    });
    const jitter = createSeededRandom(seed);
    const client = createRegistryClient({ baseUrl: proxy.url, token, timeoutMs: 500, retries: 12, retryBaseMs: 10, retryMaxMs: 200, random: () => jitter.next() });
    const direct = createRegistryClient({ baseUrl: service.url, token });
    try {
      await runLoopWrites(client, { seed, jobs: 12 });
      const actual = await registrySnapshot(direct);
      expect(actual).toEqual(expected);
      const diagnostics = await direct.diagnostics({ last: 1_000 });
      expect(diagnostics).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
      expect((await direct.exportRegistries()).totals.discoveryRuns).toBeGreaterThan(5);

      // The schedule really hit the loop: every kind of fault, and writes the service applied whose answer was lost.
      const counts = proxy.counts();
      for (const kind of faultKinds) expect(counts[kind], kind).toBeGreaterThan(0);
      const lostAnswers = proxy.log.filter((entry) => (entry.fault === 'drop' || entry.fault === 'stallAfter') && entry.method !== 'GET' && entry.forwardedStatus !== undefined && entry.forwardedStatus < 300);
      expect(lostAnswers.length).toBeGreaterThan(3);
      expect(lostAnswers.some((entry) => entry.url === '/api/growth')).toBe(true);
    } finally {
      await proxy.close();
      await service.close();
    }
  }, 180_000);

  it('uploads clips whose answers were lost exactly as sent', async () => {
    const service = await startNodeService({ storeUrl: `sqlite:${join(directory, 'clips.db')}`, port: 0, token });
    const proxy = await startFaultProxy({ target: service.url, seed: 99, stallMs: 800, weights: { pass: 1, unavailable: 1, drop: 2, stallAfter: 1 } });
    const client = createRegistryClient({ baseUrl: proxy.url, token, timeoutMs: 400, retries: 12, retryBaseMs: 5, retryMaxMs: 50 });
    const direct = createRegistryClient({ baseUrl: service.url, token });
    try {
      for (let index = 0; index < 6; index += 1) {
        await direct.createJob({ id: `clip-${index}`, prompt: `clip ${index}` });
        const bytes = new Uint8Array(50_000 + index * 1_000).map((_, offset) => (offset * (index + 3)) % 256);
        const info = await client.uploadClip(`clip-${index}`, bytes);
        expect(info.bytes).toBe(bytes.length);
        expect(Buffer.from((await direct.downloadClip(`clip-${index}`))!).equals(Buffer.from(bytes))).toBe(true);
      }
      expect(proxy.log.some((entry) => entry.method === 'PUT' && entry.fault === 'drop' && entry.forwardedStatus !== undefined && entry.forwardedStatus < 300)).toBe(true);
    } finally {
      await proxy.close();
      await service.close();
    }
  }, 60_000);

  it('gives exact counts when 4 writers grow at once through the faults', async () => {
    const service = await startNodeService({ storeUrl: `sqlite:${join(directory, 'concurrent.db')}`, port: 0, token });
    const proxy = await startFaultProxy({ target: service.url, seed: 5, stallMs: 1_200, retryAfter: '0', weights: { pass: 3, unavailable: 1, throttle: 1, drop: 2, stallAfter: 1 } });
    const client = createRegistryClient({ baseUrl: proxy.url, token, timeoutMs: 600, retries: 12, retryBaseMs: 10, retryMaxMs: 200 });
    try {
      const growths = Array.from({ length: 4 }, (_, writer) => Array.from({ length: 5 }, (_, index) => ({ jobId: `w${writer}-${index}`, extraction: buildExtraction({ seed: 500 + writer * 10 + index }) })));
      const outcomes = await Promise.all(growths.map(async (list) => {
        const done = [];
        for (const growth of list) done.push(await growFromExtraction(client, growth.extraction, null, { jobId: growth.jobId, prompt: growth.jobId }));
        return done;
      }));
      // A replayed answer is the first one: no write reports itself already recorded.
      expect(outcomes.flat().filter((outcome) => outcome.alreadyRecorded)).toEqual([]);
      const expected = new Map<string, number>();
      for (const { extraction } of growths.flat()) {
        for (const observation of observeExtraction(extraction, null, 'all')) {
          const key = `${observation.registry}.${observation.aspect}.${observation.origin ?? ''}.${observation.key}`;
          expected.set(key, (expected.get(key) ?? 0) + observation.occurrences);
        }
      }
      const document = await createRegistryClient({ baseUrl: service.url, token }).exportRegistries();
      const actual = new Map<string, number>();
      for (const entry of document.static.colors) actual.set(`static.colors..${entry.key}`, entry.count);
      for (const entry of document.static.sound) actual.set(`static.sound..${entry.key}`, entry.count);
      for (const [aspect, list] of Object.entries(document.dynamic)) for (const entry of list) actual.set(`dynamic.${aspect}..${entry.key}`, entry.count);
      for (const [aspect, list] of Object.entries(document.narrative)) for (const entry of list) actual.set(`narrative.${aspect}.${entry.origin}.${entry.key}`, entry.count);
      expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));
      expect(document.totals).toMatchObject({ discoveryRuns: 20, learningRuns: 20, jobs: 20 });
      expect(proxy.log.filter((entry) => entry.fault === 'drop' && entry.url === '/api/growth' && entry.forwardedStatus === 200).length).toBeGreaterThan(0);
    } finally {
      await proxy.close();
      await service.close();
    }
  }, 120_000);
});

