import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'libsql';
import { MotionregError, parseOrThrow } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { z } from 'zod';
import type { EntryNamer } from '../core/plan-growth.js';
import { createSerialQueue } from '../core/serial-queue.js';
import { applyMigrations } from '../sql/apply-migrations.js';
import { initializedExecutor } from '../sql/initialized-executor.js';
import type { SqlExecutor, SqlRow, SqlStatement } from '../sql/sql-executor.js';
import { createSqlStore } from '../sql/sql-store.js';

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file (created with its folder when missing), or `:memory:`. */
  path: string;
  /** How long a writer waits for another process's lock before `store_unavailable`. @default 15000 */
  busyTimeoutMs?: number;
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

const optionsSchema = z.object({
  path: z.string().min(1),
  busyTimeoutMs: z.number().int().positive().default(15_000),
});

type Connection = Database.Database;
type Statement = Database.Statement<unknown[]>;

interface SharedConnection {
  readonly database: Connection;
  readonly serial: <T>(task: () => Promise<T>) => Promise<T>;
  readonly statements: Map<string, Statement>;
  users: number;
}

/**
 * One connection per file per process. Store objects on the same file share it (and its queue):
 * two connections in one process would make one of them wait synchronously on a lock the other can
 * only release after that wait, a deadlock within the event loop.
 */
const connections = new Map<string, SharedConnection>();

/** Maps a libsql/SQLite error to a MotionregError: a constraint is a retryable conflict, a busy database is unavailable. */
function mapSqliteError(error: unknown, path: string): MotionregError {
  if (MotionregError.isInstance(error)) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_CONSTRAINT') || /constraint failed/i.test(message)) {
    return new MotionregError('conflict', `sqlite ${path}: ${message}`, { component: 'grow', cause: error, retryable: true });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || /database is locked/i.test(message)) {
    return new MotionregError('store_unavailable', `sqlite ${path} is locked by another writer: ${message}`, { component: 'grow', cause: error, retryable: true });
  }
  return new MotionregError('store_unavailable', `sqlite ${path}: ${message}`, { component: 'grow', cause: error });
}

function openConnection(path: string, busyTimeoutMs: number): SharedConnection {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
  if (path !== ':memory:') {
    // why: WAL lets readers run while another process writes; NORMAL sync is durable at each checkpoint.
    database.exec('PRAGMA journal_mode = WAL');
    database.exec('PRAGMA synchronous = NORMAL');
  }
  database.exec('PRAGMA foreign_keys = ON');
  return { database, serial: createSerialQueue(), statements: new Map(), users: 0 };
}

function createSqliteExecutor(path: string, busyTimeoutMs: number): SqlExecutor {
  const shared = path === ':memory:' ? openConnection(path, busyTimeoutMs) : (connections.get(path) ?? openConnection(path, busyTimeoutMs));
  if (path !== ':memory:') connections.set(path, shared);
  shared.users += 1;
  const { database, serial, statements } = shared;
  let open = true;

  const prepared = (text: string): Statement => {
    let statement = statements.get(text);
    if (statement === undefined) {
      statement = database.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  const execute = (statement: SqlStatement): SqlRow[] => {
    const compiled = prepared(statement.sql);
    const params: unknown[] = [...statement.params];
    if (compiled.reader) return compiled.all(...params) as SqlRow[];
    compiled.run(...params);
    return [];
  };
  const guarded = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw mapSqliteError(error, path);
    }
  };

  return {
    kind: 'sqlite',
    interactiveTransactions: true,
    read: (statement) => serial(async () => guarded(() => execute(statement))),
    atomic: (work) =>
      serial(async () => {
        // why: IMMEDIATE takes the write lock before the reads, so no other process can change what
        // the work plans on; they wait (busy_timeout) and then see the committed result.
        guarded(() => database.exec('BEGIN IMMEDIATE'));
        try {
          const plan = await work(async (statement) => guarded(() => execute(statement)));
          const results = guarded(() => plan.statements.map(execute));
          guarded(() => database.exec('COMMIT'));
          return plan.finish(results);
        } catch (error) {
          if (database.inTransaction) database.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      serial(async () => {
        if (!open) return;
        open = false;
        shared.users -= 1;
        if (shared.users === 0) {
          if (connections.get(path) === shared) connections.delete(path);
          database.close();
        }
      }),
  };
}

/**
 * The embedded default store: one SQLite file (via libsql, a better-sqlite3-compatible binding with
 * prebuilt binaries). The loop and CLI use `./motionreg-out/registry.db` unless told otherwise. The
 * package's numbered migrations are applied before the first read or write. Several processes may grow the same file at
 * once: each write holds SQLite's write lock for its whole read-plan-write unit, so counts are exact
 * and names unique.
 *
 * @example
 * ```ts
 * const store = createSqliteStore({ path: './motionreg-out/registry.db' });
 * console.log((await store.diagnostics({ last: 20 })).missingLearning);
 * await store.close();
 * ```
 */
export function createSqliteStore(options: SqliteStoreOptions): RegistryStore {
  const parsed = parseOrThrow(optionsSchema, options, { component: 'grow', what: 'sqlite store options' });
  const path = parsed.path === ':memory:' ? ':memory:' : resolve(parsed.path);
  let executor: SqlExecutor;
  try {
    executor = createSqliteExecutor(path, parsed.busyTimeoutMs);
  } catch (error) {
    throw mapSqliteError(error, path);
  }
  const onDisk = path !== ':memory:';
  return createSqlStore(initializedExecutor(executor, applyMigrations), {
    capabilities: { persistent: onDisk, sharedAcrossInstances: onDisk, multiProcess: onDisk },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.namer === undefined ? {} : { namer: options.namer }),
  });
}
