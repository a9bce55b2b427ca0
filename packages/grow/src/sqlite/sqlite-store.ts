import { resolve } from 'node:path';
import { MotionregError, parseOrThrow } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { z } from 'zod';
import type { EntryNamer } from '../core/plan-growth.js';
import { readOnlyStore } from '../core/read-only-store.js';
import { applyMigrations, assertMigrated } from '../sql/apply-migrations.js';
import { initializedExecutor } from '../sql/initialized-executor.js';
import type { SqlExecutor, SqlRow, SqlStatement } from '../sql/sql-executor.js';
import { createSqlStore } from '../sql/sql-store.js';
import { acquireConnection, mapSqliteError } from './sqlite-connection.js';
import type { Statement } from './sqlite-connection.js';

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file (created with its folder when missing, unless `readOnly`), or `:memory:`. */
  path: string;
  /**
   * Open for reading only: the file must exist and hold a migrated registry; it is never created or
   * migrated, and every write is refused (`invalid_input`). For export, diagnostics and reports.
   * @default false
   */
  readOnly?: boolean;
  /** How long a writer waits for another process's lock before `store_unavailable`. @default 15000 */
  busyTimeoutMs?: number;
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

const optionsSchema = z.object({
  path: z.string().min(1),
  readOnly: z.boolean().default(false),
  busyTimeoutMs: z.number().int().positive().default(15_000),
});

const rowsSchema = z.array(z.record(z.string(), z.unknown()));

function createSqliteExecutor(path: string, busyTimeoutMs: number, readOnly: boolean): SqlExecutor {
  const { shared, release } = acquireConnection(path, busyTimeoutMs, readOnly);
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
    if (compiled.reader) return rowsSchema.parse(compiled.all(...params));
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
        if (readOnly) throw new MotionregError('invalid_input', `sqlite ${path} was opened read-only`, { component: 'grow' });
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
        release();
      }),
  };
}

/**
 * The embedded default store: one SQLite file (via libsql, a better-sqlite3-compatible binding with
 * prebuilt binaries). The loop and CLI use `./motionreg-out/registry.db` unless told otherwise. The
 * package's numbered migrations are applied before the first read or write. Several processes may
 * grow the same file at once: each write holds SQLite's write lock for its whole read-plan-write
 * unit, so counts are exact and names unique.
 *
 * A file is checked when opened: a directory, a file that is not SQLite, or a database holding
 * tables that are not ours (unless it is empty) is refused with a one-line `invalid_input` naming
 * it; a read-only open of a missing file is `not_found` and creates nothing.
 *
 * @example
 * ```ts
 * const store = createSqliteStore({ path: './motionreg-out/registry.db', readOnly: true });
 * console.log((await store.diagnostics({ last: 20 })).missingLearning);
 * await store.close();
 * ```
 */
export function createSqliteStore(options: SqliteStoreOptions): RegistryStore {
  const parsed = parseOrThrow(optionsSchema, options, { component: 'grow', what: 'sqlite store options' });
  const path = parsed.path === ':memory:' ? ':memory:' : resolve(parsed.path);
  if (path === ':memory:' && parsed.readOnly) {
    throw new MotionregError('invalid_input', 'sqlite :memory: cannot be opened read-only: a new in-memory database holds no registry', { component: 'grow' });
  }
  let executor: SqlExecutor;
  try {
    executor = createSqliteExecutor(path, parsed.busyTimeoutMs, parsed.readOnly);
  } catch (error) {
    throw mapSqliteError(error, path);
  }
  const onDisk = path !== ':memory:';
  const store = createSqlStore(initializedExecutor(executor, parsed.readOnly ? (inner) => assertMigrated(inner, 'open it once for writing (not read-only) to migrate it') : applyMigrations), {
    capabilities: { persistent: onDisk, sharedAcrossInstances: onDisk, multiProcess: onDisk },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.namer === undefined ? {} : { namer: options.namer }),
  });
  return parsed.readOnly ? readOnlyStore(store, `store sqlite:${path}`) : store;
}
