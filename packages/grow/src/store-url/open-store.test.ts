import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { describe, expect, it } from 'vitest';
import { d1BatchWorkerScript, d1ThroughWorker, startD1QueryServer } from '@motionreg/grow/testing';
import { defaultStoreUrl, openStore, parseStoreUrl } from './open-store.js';

describe('parseStoreUrl', () => {
  it('reads memory, sqlite and d1 urls', () => {
    expect(parseStoreUrl('memory:')).toEqual({ kind: 'memory' });
    expect(parseStoreUrl(defaultStoreUrl)).toEqual({ kind: 'sqlite', path: './motionreg-out/registry.db' });
    expect(parseStoreUrl('sqlite:/var/data/registry.db')).toEqual({ kind: 'sqlite', path: '/var/data/registry.db' });
    expect(parseStoreUrl('sqlite:///var/data/registry.db')).toEqual({ kind: 'sqlite', path: '/var/data/registry.db' });
    expect(parseStoreUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(parseStoreUrl('d1://0123abc/5f4e-9a')).toEqual({ kind: 'd1', accountId: '0123abc', databaseId: '5f4e-9a', migrate: false });
    expect(parseStoreUrl('d1://acc/db?migrate=true')).toMatchObject({ migrate: true });
  });

  it('refuses anything else', () => {
    for (const url of ['', 'sqlite:', 'postgres://x', 'd1://only-account', 'd1://a/b/c', 'memory']) {
      expect(() => parseStoreUrl(url), url).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
  });
});

describe('openStore', () => {
  it('opens memory and sqlite stores', async () => {
    const memory = openStore('memory:');
    expect(memory.kind).toBe('memory');
    await memory.close();
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-url-'));
    const sqlite = openStore(`sqlite:${join(directory, 'r.db')}`);
    expect(sqlite.kind).toBe('sqlite');
    expect(await sqlite.listJobs()).toEqual([]);
    await sqlite.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('passes readOnly through: a missing sqlite file is not_found and not created, writes are refused', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-url-'));
    try {
      const path = join(directory, 'r.db');
      expect(() => openStore(`sqlite:${path}`, { readOnly: true })).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(existsSync(path)).toBe(false);
      const writer = openStore(`sqlite:${path}`);
      await writer.createJob({ id: 'job-1', prompt: 'kept' });
      const reader = openStore(`sqlite:${path}`, { readOnly: true });
      expect((await reader.getJob('job-1'))?.prompt).toBe('kept');
      await expect(reader.updateJob('job-1', { status: 'failed' })).rejects.toMatchObject({ code: 'invalid_input' });
      await reader.close();
      await writer.close();
      const memory = openStore('memory:', { readOnly: true });
      await expect(memory.createJob({ prompt: 'no' })).rejects.toMatchObject({ code: 'invalid_input' });
      await memory.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('needs CLOUDFLARE_API_TOKEN for d1, and reaches the endpoint CLOUDFLARE_API_BASE_URL names', async () => {
    expect(() => openStore('d1://test-account/test-database', { env: {} })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    const miniflare = new Miniflare({ modules: true, script: d1BatchWorkerScript, d1Databases: { DB: 'registry' } });
    const server = await startD1QueryServer({ database: d1ThroughWorker(miniflare) });
    try {
      const env = { CLOUDFLARE_API_TOKEN: server.apiToken, CLOUDFLARE_API_BASE_URL: `${server.baseUrl}/` };
      // Read-only never migrates, even when the URL asks to.
      const reader = openStore('d1://test-account/test-database?migrate=true', { env, readOnly: true });
      await expect(reader.listJobs()).rejects.toMatchObject({ code: 'store_unavailable' });
      const store = openStore('d1://test-account/test-database?migrate=true', { env });
      expect(store.kind).toBe('d1-http');
      expect(await store.listJobs()).toEqual([]);
      expect(await reader.listJobs()).toEqual([]);
      await expect(reader.createJob({ prompt: 'no' })).rejects.toMatchObject({ code: 'invalid_input' });
      await store.close();
      await reader.close();
    } finally {
      await server.close();
      await miniflare.dispose();
    }
  });
});
