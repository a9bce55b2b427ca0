import type {
  DiscoveryRun, InterpretationRecord, Job, LearningRun, LinguisticEntry, PromptGrowthOutcome,
} from '@motionreg/primitives';
import type { EntryNamer } from '../core/plan-growth.js';
import type { StoredEntry } from '../core/shape.js';

export interface MutableEntry extends Omit<StoredEntry, 'count' | 'lastSeenAt' | 'name' | 'value' | 'depth' | 'sources'> {
  name: string;
  count: number;
  lastSeenAt: string;
  value: Record<string, unknown>;
  depth: Record<string, number>;
  sources: string[];
}

export interface LinguisticRow extends LinguisticEntry {
  firstSeenAt: string;
  lastSeenAt: string;
}

/** Everything a memory store holds. Maps keep insertion order, which stands in for SQL's rowid. */
export interface MemoryState {
  readonly entries: Map<number, MutableEntry>;
  /** {@link refKey} → entry id. */
  readonly entryByRef: Map<string, number>;
  /** Lower-cased name → entry id (names are unique without case). */
  readonly entryByName: Map<string, number>;
  readonly jobs: Map<string, Job>;
  readonly discoveryRuns: Map<string, DiscoveryRun>;
  readonly learningRuns: Map<string, LearningRun>;
  /** {@link linguisticKey} → row. */
  readonly linguistic: Map<string, LinguisticRow>;
  readonly interpretations: Map<string, InterpretationRecord>;
  /** Prompt → interpretation id. */
  readonly interpretationByPrompt: Map<string, string>;
  /** Source id → what its prompt growth did (exactly once per source). */
  readonly promptGrowthRuns: Map<string, PromptGrowthOutcome>;
  nextEntryId: number;
}

/** What every feature of the memory store works with. */
export interface MemoryContext {
  readonly state: MemoryState;
  readonly clock: () => Date;
  readonly namer: EntryNamer;
  /** Runs one operation after the ones before it, on an open store, and returns a copy of its result. */
  run<T>(task: () => T | Promise<T>): Promise<T>;
}

export function createMemoryState(): MemoryState {
  return {
    entries: new Map(),
    entryByRef: new Map(),
    entryByName: new Map(),
    jobs: new Map(),
    discoveryRuns: new Map(),
    learningRuns: new Map(),
    linguistic: new Map(),
    interpretations: new Map(),
    interpretationByPrompt: new Map(),
    promptGrowthRuns: new Map(),
    nextEntryId: 1,
  };
}

/** The linguistic registry, the most counted first. */
export function linguisticList(state: MemoryState): LinguisticEntry[] {
  return [...state.linguistic.values()]
    .sort((a, b) => b.count - a.count || (a.span < b.span ? -1 : a.span > b.span ? 1 : 0))
    .map(({ span, canonical, domain, kind, count }) => ({ span, canonical, domain, kind, count }));
}

/** Writes a learning run unless a real (not backfilled) one is there already; returns the one kept. */
export function putLearningRun(state: MemoryState, learningRun: LearningRun): LearningRun {
  const existing = state.learningRuns.get(learningRun.jobId);
  if (existing !== undefined && !existing.backfilled) return existing;
  state.learningRuns.set(learningRun.jobId, learningRun);
  return learningRun;
}
