import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { createSerialQueue } from '../core/serial-queue.js';
import { nameCandidates } from '../naming/name-entry.js';
import type { SqlStoreContext, SqlStoreOptions } from './sql-context.js';
import { sqlDiagnosticsOperations } from './sql-diagnostics.js';
import type { SqlExecutor } from './sql-executor.js';
import { sqlExportOperations } from './sql-export.js';
import { sqlGrowthOperations } from './sql-growth.js';
import { sqlJobOperations } from './sql-jobs.js';
import { sqlPromptOperations } from './sql-prompts.js';
import { sqlRenameOperations } from './sql-rename.js';

export type { SqlStoreOptions } from './sql-context.js';

/**
 * A {@link RegistryStore} over any SQL engine that speaks SQLite and provides a {@link SqlExecutor}:
 * the embedded SQLite file, D1 over HTTP and a Worker's D1 binding share this code, their schema
 * (the package's numbered migrations) and their behaviour. Every statement binds its values; every
 * write is one atomic unit (`executor.atomic`), planned against the state it reads and guarded so
 * that, on an engine without interactive transactions, a concurrent change rolls the unit back and
 * it is planned again. Each feature lives in its own file (`sql-jobs`, `sql-growth`, `sql-prompts`,
 * `sql-rename`, `sql-export`, `sql-diagnostics`); this composes them.
 *
 * @example
 * ```ts
 * const store = createSqlStore(initializedExecutor(myExecutor, applyMigrations), {
 *   capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true },
 * });
 * ```
 */
export function createSqlStore(executor: SqlExecutor, options: SqlStoreOptions): RegistryStore {
  const serial = createSerialQueue();
  let closed = false;
  const context: SqlStoreContext = {
    executor,
    clock: options.clock ?? (() => new Date()),
    namer: options.namer ?? nameCandidates,
    read: (statement) => executor.read(statement),
    // why: one store object runs one operation at a time, so its own reads and writes never interleave.
    run: (task) =>
      serial(async () => {
        if (closed) throw new MotionregError('store_unavailable', `${executor.kind} store is closed`, { component: 'grow' });
        return task();
      }),
  };
  return {
    specificationVersion: 'v1',
    kind: executor.kind,
    capabilities: options.capabilities,
    ...sqlJobOperations(context),
    ...sqlGrowthOperations(context),
    ...sqlPromptOperations(context),
    ...sqlExportOperations(context),
    ...sqlRenameOperations(context),
    ...sqlDiagnosticsOperations(context),
    close: async () => {
      await serial(async () => {
        if (closed) return;
        closed = true;
        await executor.close();
      });
    },
  };
}
