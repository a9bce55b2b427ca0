import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { expect } from 'vitest';

/** Claimers running in other OS processes, started and waiting at a barrier (see {@link StoreHarness.spawnClaimers}). */
export interface ProcessClaimers {
  /** Lets every waiting process start claiming. */
  start(): void;
  /** Per process, the ids it claimed, once every process has claimed until no pending job was left. */
  readonly claimed: Promise<string[][]>;
}

/** What a store under test comes with. */
export interface StoreHarness {
  /** A fresh, empty store. */
  store: RegistryStore;
  /** Another store object over the same data. Required when the store declares `sharedAcrossInstances`. */
  openAnother?: () => RegistryStore | Promise<RegistryStore>;
  /** Closes nothing; opens the same data again in a new store object. Required when the store declares `persistent`. */
  reopen?: () => RegistryStore | Promise<RegistryStore>;
  /**
   * Starts one OS process per worker name over the same data; each opens the store, waits for
   * `start()`, then claims (`claimJob`) until none is left. Resolves once every process is waiting.
   * Required when the store declares `multiProcess`.
   */
  spawnClaimers?: (workers: readonly string[]) => Promise<ProcessClaimers>;
  /** Releases whatever `create` set up (files, servers), after the stores are closed. */
  dispose?: () => void | Promise<void>;
}

/** What each group of conformance tests reads while it runs. */
export interface ConformanceContext {
  /** The current test's harness (fresh per test). */
  harness(): StoreHarness;
  /** Opens one more store through a harness factory; it is closed after the test. */
  open(factory: (() => RegistryStore | Promise<RegistryStore>) | undefined, what: string): Promise<RegistryStore>;
}

export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(MotionregError.isInstance(error), `expected a MotionregError ${code}, got ${String(error)}`).toBe(true);
  expect((error as MotionregError).code).toBe(code);
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
