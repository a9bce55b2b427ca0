/**
 * The one thing a SQL engine must provide for {@link createSqlStore}: reads, and atomic units of
 * work. Engines with interactive transactions (SQLite) run the work's reads and its statements in one
 * transaction; engines without (D1 over HTTP) run the reads first and the statements as one atomic
 * batch, whose guard statements roll the batch back when what it was planned on has changed.
 */

/** A bound value. No `null`: D1's HTTP API documents string parameters, so nullable columns use `NULLIF(?, '')`. */
export type SqlValue = string | number;

/** One statement with its bound parameters. SQL text is always constant; values are always bound. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/** A result row as the engine returns it; callers parse rows with zod. */
export type SqlRow = Record<string, unknown>;

/** Runs one read inside the current unit of work. */
export type SqlRead = (statement: SqlStatement) => Promise<SqlRow[]>;

/** What a unit of work decided: statements to apply atomically, and how to turn their rows into a result. */
export interface AtomicPlan<T> {
  readonly statements: readonly SqlStatement[];
  finish(results: readonly SqlRow[][]): T;
}

export interface SqlExecutor {
  /** A short name for errors and `store.kind`. */
  readonly kind: string;
  /** True when `atomic` holds a lock across its reads (no race can invalidate a plan). */
  readonly interactiveTransactions: boolean;
  /** Runs one read on its own. */
  read(statement: SqlStatement): Promise<SqlRow[]>;
  /** Runs reads and then the planned statements as one atomic unit. */
  atomic<T>(work: (read: SqlRead) => Promise<AtomicPlan<T>>): Promise<T>;
  close(): Promise<void>;
}

/** Shorthand for a statement. */
export function sql(text: string, ...params: SqlValue[]): SqlStatement {
  return { sql: text, params };
}
