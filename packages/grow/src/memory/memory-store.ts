import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import type { EntryNamer } from '../core/plan-growth.js';
import { createSerialQueue } from '../core/serial-queue.js';
import { nameCandidates } from '../naming/name-entry.js';
import { memoryDiagnosticsOperations } from './memory-diagnostics.js';
import { memoryExportOperations } from './memory-export.js';
import { memoryGrowthOperations } from './memory-growth.js';
import { memoryJobOperations } from './memory-jobs.js';
import { memoryPromptOperations } from './memory-prompts.js';
import { memoryRenameOperations } from './memory-rename.js';
import { createMemoryState } from './memory-state.js';
import type { MemoryContext } from './memory-state.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

/**
 * A store that keeps everything in memory: for tests, examples and one-off runs. It passes the same
 * conformance suite as the SQL stores; nothing survives `close()`. Each feature lives in its own
 * file (`memory-jobs`, `memory-growth`, `memory-prompts`, `memory-rename`, `memory-export`,
 * `memory-diagnostics`); this composes them over one state.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await growFromExtraction(store, extraction, spec, { jobId: 'job-1', focus: 'all', prompt: 'a calm sea' });
 * const registries = await store.exportRegistries();
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): RegistryStore {
  const serial = createSerialQueue();
  let closed = false;
  const context: MemoryContext = {
    state: createMemoryState(),
    clock: options.clock ?? (() => new Date()),
    namer: options.namer ?? nameCandidates,
    // why: results are copies, so a caller can never change the store's state through what it got back.
    run: <T>(task: () => T | Promise<T>) =>
      serial(async () => {
        if (closed) throw new MotionregError('store_unavailable', 'memory store is closed', { component: 'grow' });
        return structuredClone(await task());
      }),
  };
  return {
    specificationVersion: 'v1',
    kind: 'memory',
    capabilities: { persistent: false, sharedAcrossInstances: false, multiProcess: false },
    ...memoryJobOperations(context),
    ...memoryGrowthOperations(context),
    ...memoryPromptOperations(context),
    ...memoryExportOperations(context),
    ...memoryRenameOperations(context),
    ...memoryDiagnosticsOperations(context),
    close: async () => {
      await serial(async () => {
        closed = true;
      });
    },
  };
}
