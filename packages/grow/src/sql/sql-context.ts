import { MotionregError } from '@motionreg/primitives';
import type { StoreCapabilities } from '@motionreg/primitives';
import type { EntryNamer } from '../core/plan-growth.js';
import { sql } from './sql-executor.js';
import type { SqlExecutor, SqlRead, SqlStatement, SqlValue } from './sql-executor.js';

/** Options of {@link createSqlStore}. */
export interface SqlStoreOptions {
  capabilities: StoreCapabilities;
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

/** What every feature of the SQL store works with. */
export interface SqlStoreContext {
  readonly executor: SqlExecutor;
  readonly clock: () => Date;
  readonly namer: EntryNamer;
  /** Runs one store operation: after the ones before it, and never on a closed store. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Reads outside a unit of work. */
  readonly read: SqlRead;
}

/** Rows per page when reading whole tables, well under any engine's response limits. */
export const pageSize = 2000;

// why: a batch whose guard row holds 0 fails the CHECK constraint and rolls back as a whole; engines
// without interactive transactions (D1) rely on this to notice that what a batch was planned on changed.
export const clearGuards = sql('DELETE FROM store_guards');
export const guard = (condition: string, ...params: SqlValue[]): SqlStatement => sql(`INSERT INTO store_guards (ok) SELECT ${condition}`, ...params);
export const guardLastChange = sql('INSERT INTO store_guards (ok) VALUES (changes())');

export const notFound = (what: string) => new MotionregError('not_found', what, { component: 'grow' });

/**
 * Bytes of JSON one statement may carry as a parameter: D1 allows 100 KB per statement, and the
 * stores count the values with the text (see `d1FreeLimits` in `@motionreg/grow/testing`).
 */
export const jsonParamBudget = 90_000;

const encoder = new TextEncoder();

/**
 * Splits `items` into runs whose JSON array stays within `maxBytes`, for set-based statements that
 * take a whole run as one parameter (`json_each(?)`). An item larger than the budget gets a run of its own.
 */
export function jsonChunks<T>(items: readonly T[], maxBytes: number = jsonParamBudget): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let size = 2;
  for (const item of items) {
    const bytes = encoder.encode(JSON.stringify(item)).length + 1;
    if (chunk.length > 0 && size + bytes > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      size = 2;
    }
    chunk.push(item);
    size += bytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
