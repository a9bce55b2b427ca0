import type { SqlExecutor } from './sql-executor.js';

/**
 * Wraps an executor so that `initialize` (applying or checking migrations) runs once, before the
 * first read or write. Store factories can then return at once; a failure surfaces on the first call
 * and is tried again on the next.
 */
export function initializedExecutor(executor: SqlExecutor, initialize: (executor: SqlExecutor) => Promise<unknown>): SqlExecutor {
  let ready: Promise<unknown> | undefined;
  const whenReady = (): Promise<unknown> => {
    ready ??= initialize(executor).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  return {
    kind: executor.kind,
    interactiveTransactions: executor.interactiveTransactions,
    read: async (statement) => {
      await whenReady();
      return executor.read(statement);
    },
    atomic: async (work) => {
      await whenReady();
      return executor.atomic(work);
    },
    close: () => executor.close(),
  };
}
