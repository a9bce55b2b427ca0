import { MotionregError } from '@motionreg/primitives';
import { migrations, splitSqlStatements } from '@motionreg/grow';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';
import { createSqlIdempotencyStore } from '../idempotency/sql-idempotency-store.js';
import { createSqliteKeyExecutor } from './sqlite-key-executor.js';

/** The migration of `@motionreg/grow` that creates the idempotency table. */
export const idempotencyMigrationName = '0003_idempotency_keys.sql';

/**
 * Idempotency keys in a SQLite file (the Node service keeps them beside the registry file), with the
 * table made by the same migration a D1 database gets. Survives restarts of the service.
 */
export async function createSqliteIdempotencyStore(path: string): Promise<IdempotencyStore> {
  const migration = migrations.find((candidate) => candidate.name === idempotencyMigrationName);
  if (migration === undefined) throw new MotionregError('internal', `@motionreg/grow carries no migration ${idempotencyMigrationName}`, { component: 'service' });
  const executor = createSqliteKeyExecutor(path);
  const tables = await executor.read({ sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'idempotency_keys'", params: [] });
  if (tables.length === 0) {
    await executor.atomic(async () => ({ statements: splitSqlStatements(migration.sql).map((text) => ({ sql: text, params: [] })), finish: () => undefined }));
  }
  const store = createSqlIdempotencyStore(executor);
  return { ...store, close: () => executor.close() };
}
