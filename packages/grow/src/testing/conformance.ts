import { storeCapabilitiesSchema } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConformanceContext, StoreHarness } from './conformance-context.js';
import { describeGrowthConformance } from './conformance-growth.js';
import { describeJobConformance } from './conformance-jobs.js';
import { describePromptConformance } from './conformance-prompts.js';
import { describeReadingConformance } from './conformance-reading.js';
import { describeRenameConformance } from './conformance-rename.js';

export type { ProcessClaimers, StoreHarness } from './conformance-context.js';

/** Options of {@link describeStoreConformance}. */
export interface StoreConformanceOptions {
  /** Shown in the test names. */
  name: string;
  /** Makes a fresh harness for each test. */
  create: () => StoreHarness | Promise<StoreHarness>;
}

/**
 * The one conformance suite every {@link RegistryStore} passes (memory, SQLite, D1 over HTTP, and
 * any adapter you write). Tests that need a capability the store does not declare are skipped by
 * that capability, never by name. Call it inside a vitest test file.
 *
 * @example
 * ```ts
 * // in my-store.test.ts, with describeStoreConformance imported from @motionreg/grow/testing:
 * describeStoreConformance({ name: 'memory', create: () => ({ store: createMemoryStore() }) });
 * ```
 */
export function describeStoreConformance(options: StoreConformanceOptions): void {
  describe(`RegistryStore conformance: ${options.name}`, () => {
    let harness: StoreHarness;
    let extra: RegistryStore[];
    const open = async (factory: (() => RegistryStore | Promise<RegistryStore>) | undefined, what: string) => {
      if (factory === undefined) throw new Error(`the ${options.name} harness declares ${what} but gives no way to open it`);
      const store = await factory();
      extra.push(store);
      return store;
    };

    beforeEach(async () => {
      extra = [];
      harness = await options.create();
    });
    afterEach(async () => {
      for (const store of extra) await store.close();
      await harness.store.close();
      await harness.dispose?.();
    });

    it('declares the v1 specification and its capabilities', () => {
      expect(harness.store.specificationVersion).toBe('v1');
      expect(typeof harness.store.kind).toBe('string');
      expect(storeCapabilitiesSchema.safeParse(harness.store.capabilities).success).toBe(true);
    });

    const context: ConformanceContext = { harness: () => harness, open };
    describeJobConformance(context);
    describeGrowthConformance(context);
    describeRenameConformance(context);
    describePromptConformance(context);
    describeReadingConformance(context);
  });
}
