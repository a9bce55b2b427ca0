import type { RegistryStore } from '@motionreg/primitives';
import type { EntryNamer } from '../core/plan-growth.js';
import { applyMigrations, assertMigrated } from './apply-migrations.js';
import { createD1BindingExecutor } from './d1-binding-executor.js';
import type { D1DatabaseBinding } from './d1-binding-executor.js';
import { initializedExecutor } from './initialized-executor.js';
import { createSqlStore } from './sql-store.js';

/** Options of {@link createD1BindingStore}. */
export interface D1BindingStoreOptions {
  /** The Worker's D1 binding (`env.DB`). */
  db: D1DatabaseBinding;
  /**
   * Apply the package's migrations before the first call. By default the store only checks that
   * `wrangler d1 migrations apply` applied them, and says which are missing.
   * @default false
   */
  migrate?: boolean;
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

/**
 * The registry store inside a Cloudflare Worker: the shared SQL store over the Worker's D1 binding
 * ({@link createD1BindingExecutor}). Workers on one database see each other's writes and race
 * safely (`sharedAcrossInstances`, `multiProcess`).
 *
 * @example
 * ```ts
 * const store = createD1BindingStore({ db: env.DB });
 * const job = await store.claimJob({ worker: 'worker-1' });
 * ```
 */
export function createD1BindingStore(options: D1BindingStoreOptions): RegistryStore {
  const executor = initializedExecutor(createD1BindingExecutor(options.db), options.migrate === true ? applyMigrations : assertMigrated);
  return createSqlStore(executor, {
    capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.namer === undefined ? {} : { namer: options.namer }),
  });
}
