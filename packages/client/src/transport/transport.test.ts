import { MotionregError } from '@motionreg/primitives';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegistryClient } from '../registry-client.js';
import { json, startScriptedServer } from './__fixtures__/scripted-server.js';
import type { Script } from './__fixtures__/scripted-server.js';

const health = { ok: true, service: 'motionreg-registry', specificationVersion: 'v1', store: 'memory', readsNeedToken: false, time: '2026-01-01T00:00:00.000Z' };
const job = (id: string, prompt: string) => ({
  schemaVersion: 1, id, prompt, status: 'pending', clipPath: null, error: null, leaseOwner: null, leaseExpiresAt: null,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});

const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(script: Script) {
  const server = await startScriptedServer(script);
  servers.push(server);
  return server;
}

async function failure(promise: Promise<unknown>): Promise<MotionregError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!MotionregError.isInstance(error)) throw new Error(`expected a MotionregError, got ${String(error)}`);
  return error;
}

const fast = { retryBaseMs: 1, retryMaxMs: 5 };

describe('the client transport, against a real HTTP server on 127.0.0.1', () => {
  it('retries 503 and 429, reusing one idempotency key, with the token on every try', async () => {
    const server = await serve((request, index, response) => {
      if (index === 0) return json(response, 503, { error: { code: 'store_unavailable', message: 'busy' } });
      if (index === 1) return json(response, 429, { error: { code: 'store_unavailable', message: 'slow down' } });
      const body = JSON.parse(request.body) as { id: string; prompt: string };
      return json(response, 201, job(body.id, body.prompt));
    });
    const client = createRegistryClient({ baseUrl: server.url, token: 'secret', ...fast });
    const created = await client.createJob({ prompt: 'a calm sea' });
    expect(server.seen).toHaveLength(3);
    const keys = new Set(server.seen.map((request) => request.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.seen.every((request) => request.headers.authorization === 'Bearer secret')).toBe(true);
    // The id is made once on the client, so every try names the same job.
    expect(new Set(server.seen.map((request) => (JSON.parse(request.body) as { id: string }).id))).toEqual(new Set([created.id]));
    await client.createJob({ prompt: 'another' });
    expect(server.seen[3]?.headers['idempotency-key']).not.toBe(server.seen[0]?.headers['idempotency-key']);
  });

  it('honours Retry-After in seconds', async () => {
    const server = await serve((_request, index, response) => {
      if (index === 0) return json(response, 429, { error: { code: 'store_unavailable', message: 'later' } }, { 'retry-after': '1' });
      return json(response, 200, health);
    });
    const started = performance.now();
    await createRegistryClient({ baseUrl: server.url, ...fast }).health();
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.seen).toHaveLength(2);
  });

  it('never retries a 4xx that is the caller\'s fault, and keeps the service\'s code, field and status', async () => {
    const server = await serve((_request, _index, response) => json(response, 400, { error: { code: 'invalid_input', message: 'prompt: expected string', field: 'prompt' } }));
    const client = createRegistryClient({ baseUrl: server.url, ...fast });
    const error = await failure(client.createJob({ id: 'x', prompt: 'p' }));
    expect(error).toMatchObject({ code: 'invalid_input', status: 400, retryable: false });
    expect(error.message).toContain('field prompt');
    expect(error.message).toContain('POST /api/jobs (createJob)');
    expect(server.seen).toHaveLength(1);
  });

  it('maps 404 to null for the getters and 401 to unauthorized', async () => {
    const server = await serve((request, _index, response) => {
      if (request.method === 'GET') return json(response, 404, { error: { code: 'not_found', message: 'no job' } });
      return json(response, 401, { error: { code: 'unauthorized', message: 'a write needs a token' } });
    });
    const client = createRegistryClient({ baseUrl: server.url, ...fast });
    expect(await client.getJob('missing')).toBeNull();
    expect(await client.getLearningRun('missing')).toBeNull();
    expect(await client.getDiscoveryRun('missing')).toBeNull();
    expect(await client.downloadClip('missing')).toBeNull();
    expect(await failure(client.updateJob('x', { status: 'failed' }))).toMatchObject({ code: 'unauthorized', status: 401, retryable: false });
    expect(server.seen).toHaveLength(5);
  });

  it('retries a 409 only when the service says the key is still in flight', async () => {
    let inFlight = 0;
    const server = await serve((request, _index, response) => {
      if (request.url.startsWith('/api/jobs/claim')) {
        inFlight += 1;
        if (inFlight === 1) return json(response, 409, { error: { code: 'conflict', message: 'idempotency key in flight' } }, { 'retry-after': '0' });
        return json(response, 200, { job: job('a', 'p') });
      }
      return json(response, 409, { error: { code: 'conflict', message: 'job id a is taken' } });
    });
    const client = createRegistryClient({ baseUrl: server.url, ...fast });
    expect((await client.claimJob({ worker: 'w' }))?.id).toBe('a');
    expect(await failure(client.createJob({ id: 'a', prompt: 'p' }))).toMatchObject({ code: 'conflict', status: 409, retryable: false });
    expect(server.seen.map((request) => request.url)).toEqual(['/api/jobs/claim', '/api/jobs/claim', '/api/jobs']);
  });

  it('counts a stalled attempt as a try, and gives up after retries + 1 tries', async () => {
    const server = await serve(() => undefined); // never answers
    const client = createRegistryClient({ baseUrl: server.url, timeoutMs: 100, retries: 2, ...fast });
    const started = performance.now();
    const error = await failure(client.health());
    expect(error).toMatchObject({ code: 'store_unavailable', retryable: true });
    expect(error.message).toMatch(/timed out after 100 ms.*gave up after 3 tries/);
    expect(server.seen).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('catches a server that stalls after the headers', async () => {
    const server = await serve((_request, index, response) => {
      if (index === 0) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"ok":');
        return; // the rest never comes
      }
      json(response, 200, health);
    });
    expect(await createRegistryClient({ baseUrl: server.url, timeoutMs: 150, ...fast }).health()).toMatchObject({ ok: true });
    expect(server.seen).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    const server = await serve((_request, index, response) => {
      if (index < 2) return response.socket?.destroy();
      json(response, 200, health);
    });
    expect((await createRegistryClient({ baseUrl: server.url, ...fast }).health()).store).toBe('memory');
    expect(server.seen).toHaveLength(3);
  });

  it('gives up on a refused connection after its tries, naming the cause', async () => {
    const server = await serve((_request, _index, response) => json(response, 200, health));
    const { url } = server;
    await server.close();
    const error = await failure(createRegistryClient({ baseUrl: url, retries: 2, ...fast }).health());
    expect(error).toMatchObject({ code: 'store_unavailable', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain('gave up after 3 tries');
  });

  it('rejects a 2xx whose body breaks the route\'s contract, naming the route, without retrying', async () => {
    const server = await serve((_request, _index, response) => json(response, 200, { ok: true, service: 'something else' }));
    const error = await failure(createRegistryClient({ baseUrl: server.url, ...fast }).health());
    expect(error).toMatchObject({ code: 'remote_error', status: 200 });
    expect(error.message).toContain('GET /api/health (health)');
    expect(server.seen).toHaveLength(1);
  });

  it('reads a non-JSON error page leniently, by its status', async () => {
    const server = await serve((_request, _index, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html>bad gateway</html>');
    });
    const error = await failure(createRegistryClient({ baseUrl: server.url, retries: 1, ...fast }).health());
    expect(error).toMatchObject({ code: 'store_unavailable', status: 502, retryable: true });
    expect(error.message).toContain('bad gateway');
    expect(server.seen).toHaveLength(2);
  });

  it('sends query strings and path parameters from the route table, encoded', async () => {
    const server = await serve((request, _index, response) => json(response, 200, request.url.startsWith('/api/registries') ? [] : []));
    const client = createRegistryClient({ baseUrl: `${server.url}/`, ...fast });
    await client.listJobs({ limit: 5, status: 'failed' });
    await client.listEntries({ registry: 'narrative', aspect: 'mood' }, { origin: 'observed', limit: 3 });
    await expect(client.getJob('a/b?c')).rejects.toMatchObject({ code: 'remote_error' });
    expect(server.seen.map((request) => request.url)).toEqual(['/api/jobs?limit=5&status=failed', '/api/registries/narrative/mood?limit=3&origin=observed', '/api/jobs/a%2Fb%3Fc']);
    expect(server.seen[0]?.headers.authorization).toBeUndefined();
  });

  it('refuses bad arguments before any request', async () => {
    const server = await serve((_request, _index, response) => json(response, 500, {}));
    const client = createRegistryClient({ baseUrl: server.url, ...fast });
    expect(await failure(client.createJob({ prompt: 42 } as never))).toMatchObject({ code: 'invalid_input' });
    expect(await failure(client.listEntries({ registry: 'static', aspect: 'camera' } as never))).toMatchObject({ code: 'invalid_input' });
    expect(await failure(client.claimJob({ worker: '' }))).toMatchObject({ code: 'invalid_input' });
    expect(server.seen).toHaveLength(0);
  });

  it('stops at once when the caller aborts, even mid-backoff', async () => {
    const server = await serve((_request, _index, response) => json(response, 503, { error: { code: 'store_unavailable', message: 'busy' } }));
    const controller = new AbortController();
    const client = createRegistryClient({ baseUrl: server.url, retryBaseMs: 10_000, retryMaxMs: 10_000, random: () => 0.99 });
    setTimeout(() => controller.abort(new Error('caller gave up')), 100);
    const started = performance.now();
    await expect(client.health({ signal: controller.signal })).rejects.toThrow('caller gave up');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(server.seen).toHaveLength(1);
  });

  it('sends nothing for a call whose signal is already aborted', async () => {
    const server = await serve((_request, _index, response) => json(response, 200, health));
    await expect(createRegistryClient({ baseUrl: server.url }).health({ signal: AbortSignal.abort(new Error('never mind')) })).rejects.toThrow('never mind');
    expect(server.seen).toHaveLength(0);
  });

  it('checks its options up front, naming the option', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ baseUrl: 'ftp://example.com' }, 'baseUrl'],
      [{ baseUrl: 'http://127.0.0.1', timeoutMs: 0 }, 'timeoutMs'],
      [{ baseUrl: 'http://127.0.0.1', retries: -1 }, 'retries'],
      [{ baseUrl: 'http://127.0.0.1', token: 'has space' }, 'token'],
      [{ baseUrl: 'http://127.0.0.1', fetch: 'nope' }, 'fetch'],
      [{ baseUrl: 'http://127.0.0.1', retryBaseMs: 500, retryMaxMs: 100 }, 'retryMaxMs'],
    ];
    for (const [options, option] of cases) {
      let caught: unknown;
      try {
        createRegistryClient(options as never);
      } catch (error) {
        caught = error;
      }
      expect(MotionregError.isInstance(caught) && caught.code === 'invalid_input', option).toBe(true);
      expect((caught as Error).message).toContain(`option ${option}`);
      expect((caught as Error).message.split('\n')).toHaveLength(1);
    }
  });

  it('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const client = createRegistryClient({
      baseUrl: 'http://registry.invalid',
      fetch: async (input) => {
        calls.push(input);
        return new Response(JSON.stringify(health), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    expect((await client.health()).ok).toBe(true);
    expect(calls).toEqual(['http://registry.invalid/api/health']);
  });
});
