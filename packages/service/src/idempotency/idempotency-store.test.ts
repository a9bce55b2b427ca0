import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryFolder } from '../__fixtures__/http.js';
import { createSqliteIdempotencyStore } from '../node/sqlite-idempotency.js';
import { expiredKeysPerWrite, idempotencyKeyLifetimeMs, idempotencyLockMs } from './idempotency-store.js';
import type { IdempotencyStore, IdempotentRequest } from './idempotency-store.js';
import { createMemoryIdempotencyStore } from './memory-idempotency-store.js';
import { responsePartLength, splitResponseBody } from './sql-idempotency-store.js';

const folder = temporaryFolder('keys');
afterAll(() => folder.remove());

const request = (key: string, bodyHash = 'aa'): IdempotentRequest => ({ key, method: 'POST', path: '/api/jobs', bodyHash });
const answer = { status: 200, contentType: 'application/json', body: '{"id":"job-1"}' };
const t0 = Date.UTC(2026, 0, 1);

const implementations: [string, () => Promise<IdempotencyStore>][] = [
  ['memory', async () => createMemoryIdempotencyStore()],
  ['sqlite (migration 0003)', async () => createSqliteIdempotencyStore(join(folder.path, `${Math.random().toString(36).slice(2)}.db`))],
];

describe.each(implementations)('idempotency store: %s', (_, open) => {
  it('starts a new key once, then replays its response', async () => {
    const store = await open();
    const first = await store.begin(request('k1'), t0);
    expect(first.state).toBe('started');
    if (first.state !== 'started') return;
    expect(await store.begin(request('k1'), t0 + 1)).toEqual({ state: 'in_flight' });
    await store.complete('k1', first.owner, answer, t0 + 2);
    expect(await store.begin(request('k1'), t0 + 3)).toEqual({ state: 'replay', response: answer });
    await store.close();
  });

  it('refuses the key for another body, method or path', async () => {
    const store = await open();
    await store.begin(request('k2'), t0);
    expect(await store.begin(request('k2', 'bb'), t0)).toEqual({ state: 'mismatch', first: { method: 'POST', path: '/api/jobs' } });
    expect((await store.begin({ ...request('k2'), path: '/api/growth' }, t0)).state).toBe('mismatch');
    await store.close();
  });

  it('hands a key whose holder stopped answering to a repeat after the lock passes', async () => {
    const store = await open();
    const first = await store.begin(request('k3'), t0);
    const taken = await store.begin(request('k3'), t0 + idempotencyLockMs + 1);
    expect(taken.state).toBe('started');
    if (first.state !== 'started' || taken.state !== 'started') return;
    // the old holder's late answer is not saved: the key belongs to the new one
    await store.complete('k3', first.owner, { ...answer, body: 'late' }, t0 + idempotencyLockMs + 2);
    await store.complete('k3', taken.owner, answer, t0 + idempotencyLockMs + 3);
    expect(await store.begin(request('k3'), t0 + idempotencyLockMs + 4)).toEqual({ state: 'replay', response: answer });
    await store.close();
  });

  it('replays a large answer (kept in parts) exactly, emoji across the part boundaries included', async () => {
    const store = await open();
    const body = JSON.stringify({ entries: Array.from({ length: 6_000 }, (_, index) => `entry ${index} 🎬 ${'é'.repeat(index % 7)}`) });
    expect(body.length).toBeGreaterThan(3 * responsePartLength);
    const first = await store.begin(request('big'), t0);
    if (first.state !== 'started') throw new Error('expected started');
    await store.complete('big', first.owner, { ...answer, body }, t0);
    expect(await store.begin(request('big'), t0 + 1)).toEqual({ state: 'replay', response: { ...answer, body } });
    await store.close();
  });

  it('releases a key so a retry runs again', async () => {
    const store = await open();
    const first = await store.begin(request('k4'), t0);
    if (first.state !== 'started') throw new Error('expected started');
    await store.release('k4', first.owner);
    expect((await store.begin(request('k4'), t0 + 1)).state).toBe('started');
    await store.close();
  });

  it('forgets keys after 24 h and deletes a bounded number of expired keys per new key', async () => {
    const store = await open();
    for (let index = 0; index < expiredKeysPerWrite + 5; index += 1) {
      const begun = await store.begin(request(`old-${index}`), t0);
      if (begun.state === 'started') await store.complete(`old-${index}`, begun.owner, answer, t0);
    }
    const later = t0 + idempotencyKeyLifetimeMs + 1;
    expect((await store.begin(request('new-key'), later)).state).toBe('started');
    // that write deleted expiredKeysPerWrite of the expired keys, no more
    expect(await store.size()).toBe(5 + 1);
    // an expired key is free again, even for another request
    expect((await store.begin(request('old-0', 'other body'), later)).state).toBe('started');
    expect(await store.size()).toBe(2);
    await store.close();
  });
});

describe('splitResponseBody', () => {
  it('cuts any text into parts of at most 30,000 code units that join back to it, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 70_000 }), fc.integer({ min: 0, max: 3 }), (text, copies) => {
        const body = text.repeat(copies + 1);
        const parts = splitResponseBody(body);
        expect(parts.join('')).toBe(body);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(responsePartLength);
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(3 * responsePartLength);
          // no lone surrogate at either end: a pair was never cut
          expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part)).toBe(false);
        }
      }),
      { numRuns: 30 },
    );
  });
});
