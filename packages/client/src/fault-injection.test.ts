import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@motionreg/grow';
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
});
