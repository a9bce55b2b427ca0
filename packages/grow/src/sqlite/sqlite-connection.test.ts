import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MotionregError } from '@motionreg/primitives';
import { migrations } from '../sql/migrations.generated.js';
import { splitSqlStatements } from '../sql/split-sql-statements.js';
import { createSqliteStore } from './sqlite-store.js';

/** The MotionregError a call or a promise fails with; its message must be one line. */
async function failure(run: () => unknown): Promise<MotionregError> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  if (!MotionregError.isInstance(caught)) throw new Error(`expected a MotionregError, got ${String(caught)}`);
  expect(caught.message).not.toContain('\n');
  return caught;
}

function tableNames(path: string): string[] {
  const database = new Database(path);
  const names = (database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
  database.close();
  return names;
}

describe('createSqliteStore: opening a file', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'motionreg-open-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('read-only: a missing file is not_found, naming it, and nothing is created', async () => {
    const path = join(directory, 'nested', 'registry.db');
    const error = await failure(() => createSqliteStore({ path, readOnly: true }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain(path);
    expect(existsSync(join(directory, 'nested'))).toBe(false);
  });

  it('read-only: reads a registry another store writes, and refuses every write in one line', async () => {
    const path = join(directory, 'registry.db');
    const writer = createSqliteStore({ path });
    await writer.createJob({ id: 'job-1', prompt: 'first' });
    const reader = createSqliteStore({ path, readOnly: true });
    expect((await reader.getJob('job-1'))?.prompt).toBe('first');
    await writer.createJob({ id: 'job-2', prompt: 'second' });
    expect(await reader.countJobs()).toMatchObject({ pending: 2 });
    expect((await reader.exportRegistries()).totals.jobs).toBe(2);
    for (const write of [() => reader.createJob({ prompt: 'no' }), () => reader.claimJob({ worker: 'w' }), () => reader.backfill()]) {
      expect((await failure(write)).code).toBe('invalid_input');
    }
    expect(await writer.countJobs()).toMatchObject({ pending: 2 });
    await reader.close();
    await writer.close();
  });

  it('read-only: an older registry is not migrated (store_unavailable); a writing open migrates it and keeps its rows', async () => {
    const path = join(directory, 'old.db');
    const database = new Database(path);
    database.exec('CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)');
    for (const statement of splitSqlStatements(migrations[0]!.sql)) database.exec(statement);
    database.prepare('INSERT INTO d1_migrations (name) VALUES (?)').run(migrations[0]!.name);
    database.prepare("INSERT INTO jobs (id, prompt, status, created_at, updated_at) VALUES ('old-job', 'from version one', 'pending', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
    database.close();

    const reader = createSqliteStore({ path, readOnly: true });
    const error = await failure(() => reader.listJobs());
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toContain('0002_jobs_lease_error.sql');
    await reader.close();
    expect(tableNames(path)).not.toContain('idempotency_keys');

    const writer = createSqliteStore({ path });
    expect(await writer.getJob('old-job')).toMatchObject({ prompt: 'from version one', error: null, leaseOwner: null });
    expect((await writer.claimJob({ worker: 'w' }))?.id).toBe('old-job');
    await writer.close();
  });

  it('refuses a database holding other tables, read-only or not, and leaves it untouched', async () => {
    const path = join(directory, 'theirs.db');
    const database = new Database(path);
    database.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    database.close();
    for (const readOnly of [false, true]) {
      const error = await failure(() => createSqliteStore({ path, readOnly }));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain(path);
      expect(error.message).toContain('invoices');
    }
    expect(tableNames(path)).toEqual(['invoices']);
  });

  it('makes an empty file a registry', async () => {
    const path = join(directory, 'empty.db');
    writeFileSync(path, '');
    const store = createSqliteStore({ path });
    await store.createJob({ id: 'job-1', prompt: 'first' });
    await store.close();
    expect(tableNames(path)).toContain('registry_entries');
  });

  it('refuses a directory, a file that is not SQLite and a read-only :memory:, in one line naming them', async () => {
    const folder = join(directory, 'a-folder');
    mkdirSync(folder);
    for (const readOnly of [false, true]) {
      const error = await failure(() => createSqliteStore({ path: folder, readOnly }));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain(folder);
    }
    const text = join(directory, 'notes.txt');
    writeFileSync(text, 'these are not the pages of a database, but they are long enough to be read as a header '.repeat(20));
    const notDatabase = await failure(async () => {
      const store = createSqliteStore({ path: text });
      try {
        await store.listJobs();
      } finally {
        await store.close();
      }
    });
    expect(notDatabase.code).toBe('invalid_input');
    expect(notDatabase.message).toContain(text);
    expect(readFileSync(text, 'utf8').startsWith('these are not')).toBe(true);
    expect((await failure(() => createSqliteStore({ path: ':memory:', readOnly: true }))).code).toBe('invalid_input');
  });
});
