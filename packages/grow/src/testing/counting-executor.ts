import { MotionregError } from '@motionreg/primitives';
import type { SqlExecutor, SqlStatement } from '../sql/sql-executor.js';

/** The limits one store call must stay within. */
export interface D1Limits {
  /** Statements per call (reads and every statement of a batch). */
  readonly queriesPerCall: number;
  /** Bound parameters per statement. */
  readonly paramsPerStatement: number;
  /** Bytes per statement: its SQL text and its bound values together (see {@link d1FreeLimits}). */
  readonly bytesPerStatement: number;
}

/**
 * Cloudflare D1 on a free account (developers.cloudflare.com/d1/platform/limits, 2026): 50 queries
 * per Worker invocation, 100 bound parameters and 100 KB per statement. Two readings are made
 * strict on purpose: every statement of a `batch()` counts as a query (not the batch as one), and
 * a statement's bound values count towards its 100 KB with its text, so a store that passes here
 * fits however Cloudflare counts.
 */
export const d1FreeLimits: D1Limits = { queriesPerCall: 50, paramsPerStatement: 100, bytesPerStatement: 100_000 };

/** What one store call sent. */
export interface CallUsage {
  /** Statements, reads and batched together. */
  statements: number;
  /** Round trips: each read and each batch. */
  requests: number;
  /** The most bound parameters of one statement. */
  maxParams: number;
  /** The largest statement, text and bound values, in bytes. */
  maxStatementBytes: number;
}

/** A {@link SqlExecutor} that counts what each store call sends (see {@link createCountingExecutor}). */
export interface CountingExecutor extends SqlExecutor {
  /**
   * Runs one store call and returns what it sent. The call fails (`remote_error`, as D1 would
   * refuse it) at the first statement past a limit. Calls must not overlap: a store object runs
   * its calls one at a time, so measure one store call at a time.
   */
  measure<T>(call: () => Promise<T>): Promise<{ result: T; usage: CallUsage }>;
}

const encoder = new TextEncoder();

function statementBytes(statement: SqlStatement): number {
  return statement.params.reduce<number>((sum, value) => sum + encoder.encode(String(value)).length, encoder.encode(statement.sql).length);
}

/**
 * Wraps an executor for tests: every statement is checked against `limits` (parameters and bytes,
 * always), and inside {@link CountingExecutor.measure} the statements of the call are counted
 * against the per-call query limit. Miniflare's local D1 enforces none of Cloudflare's limits, so
 * this is how a test proves that a store call fits in a Worker on D1.
 *
 * @example
 * ```ts
 * const counting = createCountingExecutor(createD1BindingExecutor(db));
 * const store = createSqlStore(counting, { capabilities });
 * const { usage } = await counting.measure(() => store.recordGrowth(record));
 * ```
 */
export function createCountingExecutor(inner: SqlExecutor, limits: D1Limits = d1FreeLimits): CountingExecutor {
  let current: CallUsage | null = null;
  const refuse = (message: string) => new MotionregError('remote_error', `D1 limit: ${message}`, { component: 'grow' });
  const check = (statement: SqlStatement): void => {
    const params = statement.params.length;
    const bytes = statementBytes(statement);
    const preview = statement.sql.replace(/\s+/g, ' ').slice(0, 80);
    if (params > limits.paramsPerStatement) throw refuse(`a statement binds ${params} parameters, at most ${limits.paramsPerStatement}: ${preview}`);
    if (bytes > limits.bytesPerStatement) throw refuse(`a statement holds ${bytes} bytes with its values, at most ${limits.bytesPerStatement}: ${preview}`);
    if (current === null) return;
    current.statements += 1;
    current.maxParams = Math.max(current.maxParams, params);
    current.maxStatementBytes = Math.max(current.maxStatementBytes, bytes);
    if (current.statements > limits.queriesPerCall) throw refuse(`a call sent more than ${limits.queriesPerCall} queries: ${preview}`);
  };
  const request = () => {
    if (current !== null) current.requests += 1;
  };

  return {
    kind: inner.kind,
    interactiveTransactions: inner.interactiveTransactions,
    read: async (statement) => {
      check(statement);
      request();
      return inner.read(statement);
    },
    atomic: (work) =>
      inner.atomic(async (read) => {
        const plan = await work(async (statement) => {
          check(statement);
          request();
          return read(statement);
        });
        plan.statements.forEach(check);
        if (plan.statements.length > 0) request();
        return plan;
      }),
    close: () => inner.close(),
    measure: async (call) => {
      if (current !== null) throw new MotionregError('internal', 'measure() calls overlap: measure one store call at a time', { component: 'grow' });
      const usage: CallUsage = { statements: 0, requests: 0, maxParams: 0, maxStatementBytes: 0 };
      current = usage;
      try {
        return { result: await call(), usage };
      } finally {
        current = null;
      }
    },
  };
}
