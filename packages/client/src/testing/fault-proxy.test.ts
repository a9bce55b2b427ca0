import { afterEach, describe, expect, it } from 'vitest';
import { json, startScriptedServer } from '../transport/__fixtures__/scripted-server.js';
import { startFaultProxy } from './fault-proxy.js';
import type { FaultProxy, FaultWeights } from './fault-proxy.js';

const closers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const closer of closers.splice(0)) await closer.close();
});

async function setUp(weights: FaultWeights, seed = 1, stallMs = 200): Promise<{ proxy: FaultProxy; served: () => number }> {
  const server = await startScriptedServer((request, _index, response) => json(response, 201, { echo: request.body, path: request.url }, { 'x-service': 'yes' }));
  const proxy = await startFaultProxy({ target: server.url, seed, weights, stallMs });
  closers.push(proxy, server);
  return { proxy, served: () => server.seen.length };
}

const post = (url: string) => fetch(`${url}/api/jobs?x=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });

describe('startFaultProxy, a real proxy on 127.0.0.1', () => {
  it('relays a passed request unchanged', async () => {
    const { proxy, served } = await setUp({ pass: 1 });
    const response = await post(proxy.url);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-service')).toBe('yes');
    expect(await response.json()).toEqual({ echo: '{"a":1}', path: '/api/jobs?x=1' });
    expect(served()).toBe(1);
  });

  it('answers 503, or 429 with Retry-After, without forwarding', async () => {
    const unavailable = await setUp({ unavailable: 1 });
    expect((await post(unavailable.proxy.url)).status).toBe(503);
    expect(unavailable.served()).toBe(0);
    const throttled = await setUp({ throttle: 1 });
    const response = await post(throttled.proxy.url);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(throttled.served()).toBe(0);
  });

  it('drops the connection after the service answered: the write happened, the client never hears', async () => {
    const { proxy, served } = await setUp({ drop: 1 });
    await expect(post(proxy.url)).rejects.toThrow();
    expect(served()).toBe(1);
    expect(proxy.log[0]).toMatchObject({ fault: 'drop', forwardedStatus: 201 });
  });

  it('stalls before forwarding, or after, past a timeout', async () => {
    const before = await setUp({ stall: 1 });
    const started = performance.now();
    await expect(post(before.proxy.url)).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(before.served()).toBe(0);
    const after = await setUp({ stallAfter: 1 });
    await expect(fetch(`${after.proxy.url}/x`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(after.served()).toBe(1);
  });

  it('draws the same schedule from the same seed, and another from another', async () => {
    const schedules: string[][] = [];
    for (const seed of [42, 42, 43]) {
      const { proxy } = await setUp({ pass: 1, unavailable: 1, throttle: 1 }, seed);
      for (let index = 0; index < 24; index += 1) await post(proxy.url);
      schedules.push(proxy.log.map((entry) => entry.fault));
      expect(Object.values(proxy.counts()).reduce((sum, count) => sum + count, 0)).toBe(24);
    }
    expect(schedules[0]).toEqual(schedules[1]);
    expect(schedules[0]).not.toEqual(schedules[2]);
    expect(new Set(schedules[0])).toEqual(new Set(['pass', 'unavailable', 'throttle']));
  });
});
