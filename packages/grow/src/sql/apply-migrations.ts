import { MotionregError } from '@motionreg/primitives';
import { z } from 'zod';
import { migrations } from './migrations.generated.js';
import { splitSqlStatements } from './split-sql-statements.js';
import { sql } from './sql-executor.js';
import type { SqlExecutor } from './sql-executor.js';

/** The table wrangler records applied migrations in; using it keeps a database usable by both. */
const createMigrationsTable = sql(`CREATE TABLE IF NOT EXISTS d1_migrations(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
)`);

/**
 * Applies every migration not yet recorded in `d1_migrations`, each file as one atomic unit, and
 * returns the names it applied. Safe when several processes open a new database at once: a file
 * another process applied meanwhile is skipped.
 */
export async function applyMigrations(executor: SqlExecutor): Promise<string[]> {
  await executor.atomic(async () => ({ statements: [createMigrationsTable], finish: () => undefined }));
  const appliedNow: string[] = [];
  for (const migration of migrations) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const applied = await executor.atomic(async (read) => {
          const rows = await read(sql('SELECT name FROM d1_migrations WHERE name = ?', migration.name));
          if (rows.length > 0) return { statements: [], finish: () => false };
          return {
            statements: [...splitSqlStatements(migration.sql).map((text) => sql(text)), sql('INSERT INTO d1_migrations (name) VALUES (?)', migration.name)],
            finish: () => true,
          };
        });
        if (applied) appliedNow.push(migration.name);
        break;
      } catch (error) {
        // why: without interactive transactions two processes may both try a file; the loser fails on
        // an existing table and finds the file recorded on the next look.
        if (attempt >= 2) throw error;
      }
    }
  }
  return appliedNow;
}

const defaultRemedy = 'run `wrangler d1 migrations apply` with the migrations of @motionreg/grow, or open the store with { migrate: true }';
const migrationRowSchema = z.object({ name: z.string() });

/** Throws `store_unavailable` when the database lacks a migration this code needs, saying how to apply them (`remedy`). */
export async function assertMigrated(executor: SqlExecutor, remedy: string = defaultRemedy): Promise<void> {
  let names: Set<string>;
  try {
    const rows = await executor.read(sql('SELECT name FROM d1_migrations'));
    names = new Set(rows.map((row) => migrationRowSchema.parse(row).name));
  } catch (error) {
    if (MotionregError.isInstance(error) && error.code !== 'remote_error' && error.code !== 'internal' && error.code !== 'conflict') throw error;
    names = new Set();
  }
  const missing = migrations.filter((migration) => !names.has(migration.name)).map((migration) => migration.name);
  if (missing.length > 0) {
    throw new MotionregError('store_unavailable', `database of the ${executor.kind} store lacks migrations ${missing.join(', ')}: ${remedy}`, { component: 'grow' });
  }
}
