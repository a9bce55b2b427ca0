import { MotionregError } from '@motionreg/primitives';
import { z } from 'zod';
import type { SqlExecutor, SqlRow, SqlStatement } from './sql-executor.js';

/**
 * The part of a D1 prepared statement the executor uses (`D1PreparedStatement` in
 * @cloudflare/workers-types), described by shape so this package needs no Workers types.
 */
export interface D1PreparedStatementLike {
  bind(...values: unknown[]): D1PreparedStatementLike;
  all(): Promise<unknown>;
}

/**
 * The part of a Worker's D1 binding (`env.DB`, a `D1Database`) the executor uses. Miniflare's
 * `getD1Database()` fits too.
 */
export interface D1DatabaseBinding {
  prepare(query: string): D1PreparedStatementLike;
  batch(statements: D1PreparedStatementLike[]): Promise<unknown[]>;
}

/** Options of {@link createD1BindingExecutor}. */
export interface D1BindingExecutorOptions {
  /** Shown in errors and as `store.kind`. @default 'd1' */
  kind?: string;
}

/** What D1 answers per statement, read leniently: only the rows matter. */
const resultSchema = z.looseObject({ results: z.array(z.record(z.string(), z.unknown())).nullish() });

const component = 'grow';

/** A D1 error as a MotionregError: a constraint is a conflict to plan again, a busy or reset database is retryable. */
function mapD1Error(error: unknown, kind: string): MotionregError {
  if (MotionregError.isInstance(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/constraint failed/i.test(message)) return new MotionregError('conflict', `${kind} rejected a write: ${message}`, { component, cause: error, retryable: true });
  // why: Cloudflare documents these D1 errors as transient ("retry the operation").
  if (/overloaded|timed? ?out|reset|network|unavailable|too many requests|storage caused object to be reset/i.test(message)) {
    return new MotionregError('store_unavailable', `${kind} is unavailable: ${message}`, { component, cause: error, retryable: true });
  }
  return new MotionregError('remote_error', `${kind} query failed: ${message}`, { component, cause: error });
}

function rowsOf(result: unknown, kind: string): SqlRow[] {
  const parsed = resultSchema.safeParse(result);
  if (!parsed.success) throw new MotionregError('remote_error', `${kind} answered a statement with an unexpected shape: ${parsed.error.issues[0]?.message ?? 'unknown'}`, { component });
  return parsed.data.results ?? [];
}

/**
 * A {@link SqlExecutor} over a Worker's D1 binding, so `createSqlStore` runs inside a Worker with the
 * same SQL, migrations and behaviour as the SQLite file and D1 over HTTP. Reads are single
 * statements; a write's statements go as one `db.batch()`, which D1 runs as one transaction. D1 has
 * no interactive transactions, so writes carry the store's guard statements and are planned again
 * when another writer got there first (`conflict`, retryable).
 *
 * @example
 * ```ts
 * // in a Worker, with these imported from @motionreg/grow/sql:
 * export default {
 *   async fetch(request: Request, env: { DB: D1DatabaseBinding }) {
 *     const executor = initializedExecutor(createD1BindingExecutor(env.DB), assertMigrated);
 *     const store = createSqlStore(executor, { capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true } });
 *     return Response.json(await store.countJobs());
 *   },
 * };
 * ```
 */
export function createD1BindingExecutor(db: D1DatabaseBinding, options: D1BindingExecutorOptions = {}): SqlExecutor {
  const kind = options.kind ?? 'd1';
  const bound = (statement: SqlStatement) => db.prepare(statement.sql).bind(...statement.params);
  const read = async (statement: SqlStatement): Promise<SqlRow[]> => {
    let result: unknown;
    try {
      result = await bound(statement).all();
    } catch (error) {
      throw mapD1Error(error, kind);
    }
    return rowsOf(result, kind);
  };
  return {
    kind,
    interactiveTransactions: false,
    read,
    atomic: async (work) => {
      const plan = await work(read);
      if (plan.statements.length === 0) return plan.finish([]);
      let results: unknown[];
      try {
        results = await db.batch(plan.statements.map(bound));
      } catch (error) {
        throw mapD1Error(error, kind);
      }
      if (results.length !== plan.statements.length) {
        throw new MotionregError('remote_error', `${kind} answered ${results.length} results for ${plan.statements.length} statements`, { component });
      }
      return plan.finish(results.map((result) => rowsOf(result, kind)));
    },
    // why: the binding belongs to the Worker's runtime; there is nothing of ours to release.
    close: async () => undefined,
  };
}
