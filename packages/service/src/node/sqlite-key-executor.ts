import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { MotionregError } from '@motionreg/primitives';
import type { SqlExecutor, SqlRow, SqlStatement } from '@motionreg/grow';

/**
 * A {@link SqlExecutor} over a SQLite file of its own, for the Node service's idempotency keys.
 * why a file of its own: the registry's SQLite store keeps one connection per file per process and
 * holds its write lock across awaits; a second connection to the same file in this process would
 * wait synchronously on that lock and stall the event loop that must release it.
 */
export function createSqliteKeyExecutor(path: string): SqlExecutor {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.exec('PRAGMA busy_timeout = 15000');
  // why: response parts go with their key by ON DELETE CASCADE, as on D1 (which always enforces foreign keys).
  database.exec('PRAGMA foreign_keys = ON');
  if (path !== ':memory:') {
    database.exec('PRAGMA journal_mode = WAL');
    // why: as the registry file: durable at each checkpoint, no fsync per key. A key lost to a power
    // cut only means a retry runs again, which the stores' exactly-once growth absorbs.
    database.exec('PRAGMA synchronous = NORMAL');
  }
  const fail = (error: unknown): MotionregError =>
    MotionregError.isInstance(error) ? error : new MotionregError('store_unavailable', `idempotency keys in ${path}: ${error instanceof Error ? error.message : String(error)}`, { component: 'service', cause: error, retryable: true });
  const execute = (statement: SqlStatement): SqlRow[] => {
    const compiled = database.prepare(statement.sql);
    if (compiled.reader) return compiled.all(...statement.params) as SqlRow[];
    compiled.run(...statement.params);
    return [];
  };
  return {
    kind: 'sqlite',
    interactiveTransactions: true,
    read: async (statement) => {
      try {
        return execute(statement);
      } catch (error) {
        throw fail(error);
      }
    },
    atomic: async (work) => {
      // why: the plan is built before the transaction opens (its reads run on their own), so the
      // transaction itself is synchronous and no other request can interleave with it.
      const plan = await work(async (statement) => execute(statement));
      try {
        const results = database.transaction(() => plan.statements.map(execute)).immediate();
        return plan.finish(results);
      } catch (error) {
        throw fail(error);
      }
    },
    close: async () => {
      if (database.open) database.close();
    },
  };
}
