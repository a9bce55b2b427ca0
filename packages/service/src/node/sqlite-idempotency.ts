import { migrations, splitSqlStatements } from '@motionreg/grow';
import type { SqlStatement } from '@motionreg/grow';
import { MotionregError } from '@motionreg/primitives';
import { z } from 'zod';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';
import { createSqlIdempotencyStore } from '../idempotency/sql-idempotency-store.js';
import { createSqliteKeyExecutor } from './sqlite-key-executor.js';

/** The migrations of `@motionreg/grow` that shape the idempotency tables (`0003_idempotency_keys.sql`, and any later one so named). */
export const idempotencyMigrations = migrations.filter((migration) => migration.name.includes('idempotency'));

const statement = (text: string, ...params: string[]): SqlStatement => ({ sql: text, params });
const appliedRowsSchema = z.array(z.object({ name: z.string() }));

/**
 * Idempotency keys in a SQLite file (the Node service keeps them beside the registry file), shaped
 * by the same migrations a D1 database gets, each recorded in the file's `d1_migrations` table as
 * wrangler records them. Survives restarts of the service.
 */
export async function createSqliteIdempotencyStore(path: string): Promise<IdempotencyStore> {
  if (idempotencyMigrations.length === 0) throw new MotionregError('internal', '@motionreg/grow carries no idempotency migration', { component: 'service' });
  const executor = createSqliteKeyExecutor(path);
  try {
    await executor.atomic(async () => ({ statements: [statement('CREATE TABLE IF NOT EXISTS d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)')], finish: () => undefined }));
    for (let attempt = 0; ; attempt += 1) {
      try {
        const applied = new Set(appliedRowsSchema.parse(await executor.read(statement('SELECT name FROM d1_migrations'))).map((row) => row.name));
        for (const migration of idempotencyMigrations.filter((candidate) => !applied.has(candidate.name))) {
          await executor.atomic(async () => ({
            statements: [...splitSqlStatements(migration.sql).map((text) => statement(text)), statement('INSERT INTO d1_migrations (name) VALUES (?)', migration.name)],
            finish: () => undefined,
          }));
        }
        break;
      } catch (error) {
        // why: two services opening one file at once may both try a migration; the loser's
        // transaction fails and rolls back, and it finds the migration recorded on the next look.
        if (attempt >= 2) throw error;
      }
    }
  } catch (error) {
    await executor.close();
    throw error;
  }
  const store = createSqlIdempotencyStore(executor);
  return { ...store, close: () => executor.close() };
}
