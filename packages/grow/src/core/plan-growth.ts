import { MotionregError, entryNamePattern } from '@motionreg/primitives';
import type { DiscoveryRun, GrowthRecord, LearningRun, NamingHint, Observation } from '@motionreg/primitives';
import { refKey } from './entry-ref.js';
import type { EntryRef } from './entry-ref.js';
import { NameSet } from './name-set.js';

/** An entry that already exists, as a store reads it. */
export interface ExistingEntry {
  readonly id: number;
  readonly name: string;
  readonly count: number;
}

/** What planning needs to read from a store (inside its transaction where it has one). */
export interface GrowthReader {
  /** The job's discovery run, if any: a non-backfilled one means the job's growth is recorded. */
  discoveryRun(jobId: string): Promise<{ backfilled: boolean } | null>;
  /** The entries among `refs` that exist, by {@link refKey}. */
  findEntries(refs: readonly EntryRef[]): Promise<Map<string, ExistingEntry>>;
  /** Which of `names` are taken, lower-cased (names are unique without case). */
  takenNames(names: readonly string[]): Promise<Set<string>>;
}

/**
 * The names a new entry may take, best first (lazy; each a valid entry name, words of letters, no
 * digit). See `nameCandidates` in `src/naming/`.
 */
export type EntryNamer = (hint: NamingHint) => Iterable<string>;

export interface PlannedCount {
  readonly ref: EntryRef;
  readonly id: number;
  readonly name: string;
  readonly occurrences: number;
  readonly previousCount: number;
}

export interface PlannedInsert {
  readonly ref: EntryRef;
  readonly name: string;
  readonly occurrences: number;
  readonly depth: Record<string, number>;
  readonly value: Record<string, unknown>;
}

/** What one growth will do, decided against the store's current state. */
export type GrowthPlan =
  | { readonly kind: 'recorded' }
  | {
      readonly kind: 'apply';
      readonly at: string;
      readonly record: GrowthRecord;
      readonly counts: readonly PlannedCount[];
      readonly inserts: readonly PlannedInsert[];
      readonly discoveryRun: DiscoveryRun;
      readonly learningRun: LearningRun | null;
    };

const maxNamingRounds = 200;
/** Candidates per entry checked against the store in one round. */
const candidatesPerRound = 48;

/** The identity of an observation. */
export function observationRef(observation: Observation): EntryRef {
  return { registry: observation.registry, aspect: observation.aspect, origin: observation.origin ?? '', key: observation.key };
}

/**
 * Decides what a growth record does: nothing when the job's growth is already recorded; otherwise
 * which entries are counted (count + occurrences, job appended to sources) and which are added, each
 * new entry with a name that no entry has and no other new entry of this plan gets.
 *
 * Names are found in rounds: each new entry brings its next few candidates (best first), one query
 * asks the store which of them exist, and each entry takes its first candidate that is free in the
 * store and in this plan. A crowded neighbourhood costs a few rounds, not one per taken name; the
 * store's unique index stays the last word (a store without a lock may still see a conflict at write
 * time, and then plans again).
 */
export async function planGrowth(record: GrowthRecord, reader: GrowthReader, namer: EntryNamer, now: Date): Promise<GrowthPlan> {
  const existingRun = await reader.discoveryRun(record.jobId);
  if (existingRun !== null && !existingRun.backfilled) return { kind: 'recorded' };

  const merged = mergeObservations(record.observations);
  const inputRefs = blendInputRefs(merged.map((entry) => entry.observation));
  const existing = await reader.findEntries([...merged.map((entry) => entry.ref), ...inputRefs]);

  const counts: PlannedCount[] = [];
  const fresh: { ref: EntryRef; observation: Observation; occurrences: number }[] = [];
  for (const { ref, observation, occurrences } of merged) {
    const found = existing.get(refKey(ref));
    if (found === undefined) fresh.push({ ref, observation, occurrences });
    else counts.push({ ref, id: found.id, name: found.name, occurrences, previousCount: found.count });
  }

  const names = await assignNames(fresh, reader, namer);
  const nameOf = new Map<string, string>();
  for (const [key, entry] of existing) nameOf.set(key, entry.name);
  for (const [key, name] of names) nameOf.set(key, name);

  const inserts: PlannedInsert[] = fresh.map(({ ref, observation, occurrences }) => ({
    ref,
    name: names.get(refKey(ref))!,
    occurrences,
    depth: observation.depth,
    value: withInputNames(observation.value, nameOf),
  }));

  const at = now.toISOString();
  const byAspect: Record<string, { added: number; counted: number }> = {};
  const tally = (ref: EntryRef, field: 'added' | 'counted') => {
    const aspectKey = `${ref.registry}.${ref.aspect}`;
    const current = byAspect[aspectKey] ?? { added: 0, counted: 0 };
    current[field] += 1;
    byAspect[aspectKey] = current;
  };
  for (const insert of inserts) tally(insert.ref, 'added');
  for (const count of counts) tally(count.ref, 'counted');

  const discoveryRun: DiscoveryRun = {
    schemaVersion: 1,
    jobId: record.jobId,
    focus: record.focus,
    added: inserts.length,
    counted: counts.length,
    byAspect,
    backfilled: false,
    createdAt: at,
  };
  const learningRun: LearningRun | null = record.learning === undefined
    ? null
    : { schemaVersion: 1, jobId: record.jobId, prompt: record.prompt, spec: record.learning.spec, summary: record.learning.summary, backfilled: false, createdAt: at };
  return { kind: 'apply', at, record, counts, inserts, discoveryRun, learningRun };
}

/** Observations of the same entry within one record become one, their occurrences summed. */
function mergeObservations(observations: readonly Observation[]): { ref: EntryRef; observation: Observation; occurrences: number }[] {
  const merged = new Map<string, { ref: EntryRef; observation: Observation; occurrences: number }>();
  for (const observation of observations) {
    const ref = observationRef(observation);
    const key = refKey(ref);
    const current = merged.get(key);
    if (current === undefined) merged.set(key, { ref, observation, occurrences: observation.occurrences });
    else current.occurrences += observation.occurrences;
  }
  return [...merged.values()];
}

async function assignNames(
  fresh: readonly { ref: EntryRef; observation: Observation }[],
  reader: GrowthReader,
  namer: EntryNamer,
): Promise<Map<string, string>> {
  const assigned = new Map<string, string>();
  const assignedNames = new NameSet();
  const takenInStore = new NameSet();
  const pending = fresh.map(({ ref, observation }) => ({ key: refKey(ref), ref, candidates: namer(observation.naming)[Symbol.iterator](), buffer: [] as string[] }));
  for (let round = 0; round < maxNamingRounds; round += 1) {
    const open = pending.filter((entry) => !assigned.has(entry.key));
    if (open.length === 0) return assigned;
    // Each open entry brings its next candidates that are not known to be taken; one query checks them all.
    const asked = new Set<string>();
    for (const entry of open) {
      while (entry.buffer.length < candidatesPerRound) {
        const next = entry.candidates.next();
        if (next.done === true) break;
        if (!entryNamePattern.test(next.value)) {
          throw new MotionregError('internal', `naming gave an unusable name ${JSON.stringify(next.value)} for ${entry.ref.registry}.${entry.ref.aspect} ${entry.ref.key}`, { component: 'grow' });
        }
        if (!takenInStore.has(next.value)) entry.buffer.push(next.value);
      }
      if (entry.buffer.length === 0) {
        throw new MotionregError('conflict', `every candidate name of ${entry.ref.registry}.${entry.ref.aspect} ${entry.ref.key} is taken`, { component: 'grow' });
      }
      for (const name of entry.buffer) asked.add(name);
    }
    for (const name of await reader.takenNames([...asked])) takenInStore.add(name);
    // In order, each open entry takes its first candidate free in the store and in this plan.
    for (const entry of open) {
      entry.buffer = entry.buffer.filter((name) => !takenInStore.has(name));
      const index = entry.buffer.findIndex((name) => !assignedNames.has(name));
      if (index < 0) continue;
      const [name] = entry.buffer.splice(index, 1);
      assigned.set(entry.key, name!);
      assignedNames.add(name!);
    }
  }
  throw new MotionregError('conflict', `could not find free names for ${fresh.length} new entries in ${maxNamingRounds} rounds`, { component: 'grow', retryable: true });
}

/** Blend observations list their inputs as `value.inputs[]` of `{ registry, aspect, key, ... }`. */
function blendInputRefs(observations: readonly Observation[]): EntryRef[] {
  const refs: EntryRef[] = [];
  for (const observation of observations) {
    for (const input of inputsOf(observation.value)) refs.push(input.ref);
  }
  return refs;
}

function inputsOf(value: Record<string, unknown>): { ref: EntryRef; index: number }[] {
  const inputs = value.inputs;
  if (!Array.isArray(inputs)) return [];
  const refs: { ref: EntryRef; index: number }[] = [];
  inputs.forEach((input: unknown, index) => {
    if (typeof input !== 'object' || input === null) return;
    const { registry, aspect, key } = input as Record<string, unknown>;
    if ((registry === 'static' || registry === 'dynamic') && typeof aspect === 'string' && typeof key === 'string') {
      refs.push({ ref: { registry, aspect, origin: '', key }, index });
    }
  });
  return refs;
}

/**
 * Fills each blend input's `name` with the name of the entry it refers to, so a blend reads on its
 * own and a rename reaches it. Inputs whose entry does not exist (yet) keep no name.
 */
function withInputNames(value: Record<string, unknown>, nameOf: ReadonlyMap<string, string>): Record<string, unknown> {
  const inputs = inputsOf(value);
  if (inputs.length === 0) return value;
  const list = [...(value.inputs as unknown[])];
  for (const { ref, index } of inputs) {
    const name = nameOf.get(refKey(ref));
    const input = { ...(list[index] as Record<string, unknown>) };
    if (name === undefined) delete input.name;
    else input.name = name;
    list[index] = input;
  }
  return { ...value, inputs: list };
}
