import { createMemoryStore } from '@motionreg/grow';
import { healthSchema, jobSchema, MotionregError, registryApi } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, errorOf, testToken } from '../__fixtures__/http.js';
import { startNodeService } from '../node/start-node-service.js';
import type { NodeService } from '../node/start-node-service.js';

/**
 * A memory store whose countJobs and listLinguistic fail like a bug and a lost database would:
 * the real store underneath, two methods replaced.
 */
function faultyStore(): RegistryStore {
  const store = createMemoryStore();
  return Object.assign(Object.create(store) as RegistryStore, {
    countJobs: async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'secret_column')");
    },
    listLinguistic: async () => {
      throw new MotionregError('store_unavailable', 'database is being restored', { component: 'grow', retryable: true });
    },
  });
}

describe('createRegistryApp over HTTP on 127.0.0.1', () => {
  let service: NodeService;
  const logged: Record<string, unknown>[] = [];

  beforeAll(async () => {
    service = await startNodeService({
      store: faultyStore(),
      port: 0,
      token: testToken,
      logger: { error: (message, details) => logged.push({ message, ...details }) },
    });
  });
  afterAll(async () => service.close());

  it('answers health without a token', async () => {
    const response = await call(service.url, '/api/health', { token: null });
    expect(response.status).toBe(200);
    expect(healthSchema.parse(await response.json())).toMatchObject({ ok: true, store: 'memory', readsNeedToken: false });
  });

  it('refuses a write without a token, or with the wrong one, with 401', async () => {
    const missing = await call(service.url, '/api/jobs', { json: { prompt: 'a calm sea' }, token: null });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect((await errorOf(missing)).code).toBe('unauthorized');
    const wrong = await call(service.url, '/api/jobs', { json: { prompt: 'a calm sea' }, token: `${testToken}x` });
    expect(wrong.status).toBe(401);
    const jobs = z.array(jobSchema).parse(await (await call(service.url, '/api/jobs', { token: null })).json());
    expect(jobs).toHaveLength(0);
  });

  it('answers malformed JSON with 400 naming the problem', async () => {
    const response = await call(service.url, '/api/jobs', { body: '{"prompt": "unterminated', headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('body');
    expect(error.message).toMatch(/not valid JSON: .*(Unterminated string|position)/);
  });

  it('names the field a body gets wrong', async () => {
    const response = await call(service.url, '/api/jobs', { json: { prompt: 42 } });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'prompt' });
    const nested = await call(service.url, '/api/interpretations/batch', { json: { items: [{ prompt: 'ok', source: 'web' }, { prompt: '', source: 'web' }] } });
    expect((await errorOf(nested)).field).toBe('items.1.prompt');
  });

  it('states the item limit of a batch in the 400', async () => {
    const limit = registryApi.enqueueInterpretations.maxItems ?? 0;
    const items = Array.from({ length: limit + 1 }, (_, index) => ({ prompt: `prompt ${index}`, source: 'web' }));
    const response = await call(service.url, '/api/interpretations/batch', { json: { items } });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.field).toBe('items');
    expect(error.message).toContain(`${limit + 1} items, more than the limit of ${limit}`);
  });

  it('refuses a 6 MB body with 413, by its Content-Length and when streamed without one', async () => {
    const big = JSON.stringify({ prompt: 'x'.repeat(6_000_000) });
    const declared = await call(service.url, '/api/jobs', { body: big, headers: { 'Content-Type': 'application/json' } });
    expect(declared.status).toBe(413);
    expect((await errorOf(declared)).message).toContain('limit of 1000000 bytes');
    const chunk = new TextEncoder().encode('x'.repeat(65_536));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 6_000_000) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const streamed = await fetch(`${service.url}/api/jobs`, {
      method: 'POST', body: stream, duplex: 'half', headers: { Authorization: `Bearer ${testToken}`, 'Content-Type': 'application/json' },
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await errorOf(streamed)).message).toContain('as streamed');
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await call(service.url, '/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'not_found' });
    expect((await call(service.url, '/api/jobs/counts', { method: 'DELETE' })).status).toBe(404);
  });

  it('answers a fault with 500, an error id and no stack; the log has the detail', async () => {
    const response = await call(service.url, '/api/jobs/counts');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/secret_column|TypeError|\n\s+at /);
    const error = await errorOf(new Response(text));
    expect(error.code).toBe('internal');
    expect(error.errorId).toMatch(/^[0-9a-f-]{36}$/);
    const entry = logged.find((line) => line.errorId === error.errorId);
    expect(String(entry?.error)).toContain('secret_column');
  });

  it('answers store_unavailable with 503 and Retry-After', async () => {
    const response = await call(service.url, '/api/linguistic');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect((await errorOf(response)).code).toBe('store_unavailable');
  });

  it('lists every method and header used in CORS', async () => {
    const response = await fetch(`${service.url}/api/jobs/x`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization, idempotency-key' },
    });
    expect(response.status).toBe(204);
    const methods = response.headers.get('Access-Control-Allow-Methods') ?? '';
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'OPTIONS']) expect(methods).toContain(method);
    const headers = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key']) expect(headers).toContain(header);
  });

  it('serves fixed paths before parameterised ones and decodes ids', async () => {
    const created = jobSchema.parse(await (await call(service.url, '/api/jobs', { json: { id: 'counts/and more', prompt: 'p' } })).json());
    const read = await call(service.url, `/api/jobs/${encodeURIComponent(created.id)}`);
    expect(jobSchema.parse(await read.json()).id).toBe('counts/and more');
    expect((await call(service.url, '/api/jobs/no-such-job')).status).toBe(404);
  });
});

describe('createRegistryApp with readsNeedToken', () => {
  let service: NodeService;
  beforeAll(async () => {
    service = await startNodeService({ store: createMemoryStore(), port: 0, token: testToken, readsNeedToken: true });
  });
  afterAll(async () => service.close());

  it('needs the token for reads and the report page, never for health', async () => {
    expect((await call(service.url, '/api/jobs', { token: null })).status).toBe(401);
    expect((await call(service.url, '/', { token: null })).status).toBe(401);
    expect((await call(service.url, '/api/jobs')).status).toBe(200);
    const health = healthSchema.parse(await (await call(service.url, '/api/health', { token: null })).json());
    expect(health.readsNeedToken).toBe(true);
  });
});

describe('createRegistryApp without a token', () => {
  let service: NodeService;
  beforeAll(async () => {
    service = await startNodeService({ store: createMemoryStore(), port: 0 });
  });
  afterAll(async () => service.close());

  it('is read-only: every write answers 401 saying no token is configured', async () => {
    const response = await call(service.url, '/api/jobs', { json: { prompt: 'x' } });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).message).toContain('none configured');
    expect((await call(service.url, '/api/jobs', { token: null })).status).toBe(200);
  });
});
