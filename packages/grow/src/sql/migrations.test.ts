import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Miniflare } from 'miniflare';
import { describe, expect, it } from 'vitest';
import { buildExtraction, d1BatchWorkerScript, d1ThroughWorker, startD1QueryServer } from '@motionreg/grow/testing';
import { createD1HttpStore } from '../d1/d1-http-store.js';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { migrations } from './migrations.generated.js';
import { splitSqlStatements } from './split-sql-statements.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const wranglerConfig = fileURLToPath(new URL('./__fixtures__/wrangler/wrangler.toml', import.meta.url));
const wrangler = join(packageRoot, '../../node_modules/.bin/wrangler');
const databaseId = '00000000-0000-4000-8000-000000000001';
const run = promisify(execFile);

describe('migrations', () => {
  it('are embedded exactly as the files in migrations/ (run `node scripts/embed-migrations.mjs` after editing one)', () => {
    const files = readdirSync(join(packageRoot, 'migrations')).filter((name) => name.endsWith('.sql')).sort();
    expect(migrations.map((migration) => migration.name)).toEqual(files);
    for (const migration of migrations) expect(migration.sql).toBe(readFileSync(join(packageRoot, 'migrations', migration.name), 'utf8'));
  });

  it('are numbered from 0001 without gaps and split into plain statements', () => {
    migrations.forEach((migration, index) => expect(migration.name.startsWith(String(index + 1).padStart(4, '0'))).toBe(true));
    for (const migration of migrations) expect(splitSqlStatements(migration.sql).length).toBeGreaterThan(0);
  });

  it('apply with `wrangler d1 migrations apply --local`, and the D1 store then works on that database', async () => {
    const persist = mkdtempSync(join(tmpdir(), 'motionreg-wrangler-'));
    const environment = { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };
    try {
      const applied = await run(wrangler, ['d1', 'migrations', 'apply', 'motionreg', '--local', '--persist-to', persist, '--config', wranglerConfig], { env: environment, timeout: 120_000 });
      expect(applied.stdout).toContain('0001_init.sql');
      const again = await run(wrangler, ['d1', 'migrations', 'apply', 'motionreg', '--local', '--persist-to', persist, '--config', wranglerConfig], { env: environment, timeout: 120_000 });
      expect(again.stdout).toContain('No migrations to apply');

      // The database wrangler migrated, opened by miniflare; the store must not need to migrate it.
      const miniflare = new Miniflare({ modules: true, script: d1BatchWorkerScript, d1Databases: { DB: databaseId }, d1Persist: join(persist, 'v3', 'd1') });
      const server = await startD1QueryServer({ database: d1ThroughWorker(miniflare) });
      try {
        const store = createD1HttpStore({ accountId: server.accountId, databaseId: server.databaseId, apiToken: server.apiToken, baseUrl: server.baseUrl, migrate: false });
        const outcome = await growFromExtraction(store, buildExtraction({ seed: 2 }), null, { jobId: 'job-1', prompt: 'on a wrangler-migrated D1' });
        expect(outcome.discoveryRun.added).toBeGreaterThan(10);
        expect((await store.diagnostics()).missingLearning).toBe(0);
        await store.close();
      } finally {
        await server.close();
        await miniflare.dispose();
      }
    } finally {
      rmSync(persist, { recursive: true, force: true });
    }
  });
});
