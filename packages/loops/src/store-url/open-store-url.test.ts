import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MotionregError } from '@motionreg/primitives';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStoreUrl, storeUrlForms } from './open-store-url.js';

const health = { ok: true, service: 'motionreg-registry', specificationVersion: 'v1', store: 'sqlite', readsNeedToken: false, time: '2026-01-01T00:00:00.000Z' };
const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
const server = createServer((request, response) => {
  seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
  request.resume();
  request.on('end', () => {
    const body = request.url === '/api/health' ? health : { error: { code: 'unauthorized', message: 'no' } };
    response.writeHead(request.url === '/api/health' ? 200 : 401, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
});
let baseUrl = '';
const directory = mkdtempSync(join(tmpdir(), 'motionreg-store-url-'));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(directory, { recursive: true, force: true });
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return MotionregError.isInstance(error) ? error.code : `not a MotionregError: ${String(error)}`;
  }
  return undefined;
}

describe('openStoreUrl', () => {
  it('opens memory: and sqlite:PATH through grow', async () => {
    const memory = openStoreUrl('memory:');
    expect(memory.kind).toBe('memory');
    await memory.createJob({ id: 'a', prompt: 'p' });
    expect((await memory.getJob('a'))?.prompt).toBe('p');
    await memory.close();

    const path = join(directory, 'registry.db');
    const sqlite = openStoreUrl(`sqlite:${path}`);
    expect(sqlite.kind).toBe('sqlite');
    await sqlite.createJob({ id: 'b', prompt: 'q' });
    await sqlite.close();
    const again = openStoreUrl(`sqlite:${path}`);
    expect((await again.getJob('b'))?.prompt).toBe('q');
    await again.close();
  });

  it('passes readOnly on to local stores: a read-only SQLite file refuses writes, reads still work', async () => {
    const path = join(directory, 'read-only.db');
    const writable = openStoreUrl(`sqlite:${path}`);
    await writable.createJob({ id: 'kept', prompt: 'kept' });
    await writable.close();
    const readOnly = openStoreUrl(`sqlite:${path}`, { readOnly: true });
    await expect(readOnly.createJob({ prompt: 'refused' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(readOnly.backfill()).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await readOnly.getJob('kept'))?.prompt).toBe('kept');
    await readOnly.close();
    await expect(openStoreUrl('memory:', { readOnly: true }).createJob({ prompt: 'refused' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('asks for the D1 token in CLOUDFLARE_API_TOKEN', () => {
    expect(codeOf(() => openStoreUrl('d1://account/database', { env: {} }))).toBe('invalid_input');
    expect(openStoreUrl('d1://account/database', { env: { CLOUDFLARE_API_TOKEN: 't' } }).kind).toBe('d1-http');
  });

  it('opens http(s) URLs as a client of the service, the token from MOTIONREG_TOKEN or the option', async () => {
    const store = openStoreUrl(baseUrl, { env: { MOTIONREG_TOKEN: 'from-env' } });
    expect(store.kind).toBe('http');
    expect(store.capabilities).toEqual({ persistent: true, sharedAcrossInstances: true, multiProcess: true });
    await expect(store.updateJob('x', { status: 'failed' })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(seen.at(-1)?.headers.authorization).toBe('Bearer from-env');

    const explicit = openStoreUrl(`${baseUrl}/`, { token: 'given', env: { MOTIONREG_TOKEN: 'from-env' } });
    await expect(explicit.updateJob('x', { status: 'failed' })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(seen.at(-1)).toMatchObject({ url: '/api/jobs/x', method: 'PATCH' });
    expect(seen.at(-1)?.headers.authorization).toBe('Bearer given');
    expect(openStoreUrl('https://registry.example.com', { env: {} }).kind).toBe('http');
  });

  it('refuses every write of a read-only service store before it is sent, reads still work', async () => {
    const store = openStoreUrl(baseUrl, { readOnly: true, token: 't' });
    const before = seen.length;
    for (const write of [
      () => store.createJob({ prompt: 'p' }),
      () => store.recordGrowth({ jobId: 'j', prompt: 'p', focus: 'all', observations: [] }),
      () => store.claimJob({ worker: 'w' }),
      () => store.backfill(),
    ]) await expect(write()).rejects.toMatchObject({ code: 'invalid_input' });
    expect(seen.length).toBe(before);
    const client = store as unknown as { health: () => Promise<unknown>; uploadClip: (id: string, bytes: Uint8Array) => Promise<unknown> };
    await expect(client.uploadClip('j', new Uint8Array(1))).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await client.health()).toMatchObject({ ok: true });
  });

  it('names every form for an unknown URL', () => {
    for (const url of ['', 'ftp://x', 'postgres://db', 'registry.db']) {
      let message = '';
      try {
        openStoreUrl(url);
      } catch (error) {
        message = (error as Error).message;
        expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
      }
      for (const form of storeUrlForms) expect(message).toContain(form);
    }
  });
});
