import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { MotionregError } from '@motionreg/primitives';
import { z } from 'zod';
import { createSerialQueue } from '../core/serial-queue.js';

type Connection = Database.Database;
export type Statement = Database.Statement<unknown[]>;

export interface SharedConnection {
  readonly database: Connection;
  readonly serial: <T>(task: () => Promise<T>) => Promise<T>;
  readonly statements: Map<string, Statement>;
  users: number;
}

const component = 'grow';

/**
 * One connection per file and mode per process. Store objects on the same file share it (and its
 * queue): two writing connections in one process would make one of them wait synchronously on a
 * lock the other can only release after that wait, a deadlock within the event loop. A read-only
 * connection never takes the write lock, so it may sit beside a writing one.
 */
const connections = new Map<string, SharedConnection>();

/** Maps a libsql/SQLite error to a one-line MotionregError naming the file. */
export function mapSqliteError(error: unknown, path: string): MotionregError {
  if (MotionregError.isInstance(error)) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  if (code.startsWith('SQLITE_CONSTRAINT') || /constraint failed/i.test(message)) {
    return new MotionregError('conflict', `sqlite ${path}: ${message}`, { component, cause: error, retryable: true });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || /database is locked/i.test(message)) {
    return new MotionregError('store_unavailable', `sqlite ${path} is locked by another writer: ${message}`, { component, cause: error, retryable: true });
  }
  if (code.startsWith('SQLITE_NOTADB') || /not a database/i.test(message)) {
    return new MotionregError('invalid_input', `sqlite ${path} is not a SQLite database`, { component, cause: error });
  }
  if (code.startsWith('SQLITE_READONLY') || /readonly|read-only|query_only/i.test(message)) {
    return new MotionregError('invalid_input', `sqlite ${path} was opened read-only: ${message}`, { component, cause: error });
  }
  return new MotionregError('store_unavailable', `sqlite ${path}: ${message}`, { component, cause: error });
}

const tableRowSchema = z.object({ name: z.string() });
const migrationRowSchema = z.object({ name: z.string() });

/**
 * Refuses a database that holds tables of somebody else: ours are recognised by wrangler's
 * `d1_migrations` table listing our first migration (or standing alone, a first open cut short).
 */
function assertOurs(database: Connection, path: string): void {
  const tables = z.array(tableRowSchema).parse(database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()).map((row) => row.name);
  if (tables.length === 0) return;
  if (tables.includes('d1_migrations')) {
    if (tables.length === 1) return;
    const applied = z.array(migrationRowSchema).parse(database.prepare('SELECT name FROM d1_migrations').all()).map((row) => row.name);
    if (applied.includes('0001_init.sql')) return;
  }
  const shown = tables.length > 5 ? `${tables.slice(0, 5).join(', ')}, …` : tables.join(', ');
  throw new MotionregError('invalid_input', `sqlite ${path} holds other tables (${shown}), not a motionreg registry: use another file`, { component });
}

/** What a path is on disk, checked before libsql opens (and, for a write, creates) it. */
function checkPath(path: string, readOnly: boolean): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory() === true) throw new MotionregError('invalid_input', `sqlite ${path} is a directory: give a database file, e.g. sqlite:${path}/registry.db`, { component });
  if (stat === undefined && readOnly) throw new MotionregError('not_found', `sqlite ${path} does not exist: nothing to read (a read-only open never creates a store)`, { component });
}

function openConnection(path: string, busyTimeoutMs: number, readOnly: boolean): SharedConnection {
  if (path !== ':memory:') {
    checkPath(path, readOnly);
    if (!readOnly) mkdirSync(dirname(path), { recursive: true });
  }
  const database = new Database(path);
  try {
    database.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
    assertOurs(database, path);
    if (readOnly) {
      // why: libsql ignores the `readonly` open flag; query_only makes SQLite itself refuse every write.
      database.exec('PRAGMA query_only = ON');
    } else if (path !== ':memory:') {
      // why: WAL lets readers run while another process writes; NORMAL sync is durable at each checkpoint.
      database.exec('PRAGMA journal_mode = WAL');
      database.exec('PRAGMA synchronous = NORMAL');
    }
    database.exec('PRAGMA foreign_keys = ON');
  } catch (error) {
    database.close();
    throw mapSqliteError(error, path);
  }
  return { database, serial: createSerialQueue(), statements: new Map(), users: 0 };
}

/** The shared connection to `path` in this mode, opened (and checked) on first use. */
export function acquireConnection(path: string, busyTimeoutMs: number, readOnly: boolean): { shared: SharedConnection; release: () => void } {
  const key = `${readOnly ? 'read' : 'write'}\u001f${path}`;
  const shared = path === ':memory:' ? openConnection(path, busyTimeoutMs, readOnly) : (connections.get(key) ?? openConnection(path, busyTimeoutMs, readOnly));
  if (path !== ':memory:') connections.set(key, shared);
  shared.users += 1;
  return {
    shared,
    release: () => {
      shared.users -= 1;
      if (shared.users > 0) return;
      if (connections.get(key) === shared) connections.delete(key);
      shared.database.close();
    },
  };
}
