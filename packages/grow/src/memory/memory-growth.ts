import { MotionregError, growthRecordSchema, learningRunInputSchema, parseOrThrow } from '@motionreg/primitives';
import type { GrowthOutcome, GrowthRecordInput, LearningRunInput, RegistryStore } from '@motionreg/primitives';
import { refKey } from '../core/entry-ref.js';
import { planGrowth } from '../core/plan-growth.js';
import type { ExistingEntry, GrowthReader } from '../core/plan-growth.js';
import { putLearningRun } from './memory-state.js';
import type { MemoryContext, MemoryState, MutableEntry } from './memory-state.js';

const component = 'grow';

/** What growth planning reads. */
function growthReader(state: MemoryState): GrowthReader {
  const { discoveryRuns, entries, entryByRef, entryByName } = state;
  return {
    discoveryRun: async (jobId) => discoveryRuns.get(jobId) ?? null,
    findEntries: async (refs) => {
      const found = new Map<string, ExistingEntry>();
      for (const ref of refs) {
        const id = entryByRef.get(refKey(ref));
        const entry = id === undefined ? undefined : entries.get(id);
        if (entry !== undefined) found.set(refKey(ref), { id: entry.id, name: entry.name, count: entry.count });
      }
      return found;
    },
    takenNames: async (names) => new Set(names.map((name) => name.toLowerCase()).filter((name) => entryByName.has(name))),
  };
}

function touched(entry: MutableEntry, added: boolean): GrowthOutcome['entries'][number] {
  return { registry: entry.registry, aspect: entry.aspect, ...(entry.origin === '' ? {} : { origin: entry.origin }), key: entry.key, name: entry.name, count: entry.count, added };
}

/** The growth operations of the memory store: a job's growth (exactly once), its learning and discovery runs. */
export function memoryGrowthOperations(context: MemoryContext): Pick<RegistryStore, 'recordGrowth' | 'recordLearningRun' | 'getLearningRun' | 'getDiscoveryRun'> {
  const { state, clock, namer, run } = context;
  const { entries, entryByRef, entryByName, jobs, discoveryRuns, learningRuns } = state;
  const entryOf = (id: number): MutableEntry => {
    const entry = entries.get(id);
    if (entry === undefined) throw new MotionregError('internal', `growth planned a count of entry ${id}, which is gone`, { component });
    return entry;
  };

  return {
    recordGrowth: (input: GrowthRecordInput) =>
      run(async (): Promise<GrowthOutcome> => {
        const record = parseOrThrow(growthRecordSchema, input, { component, what: 'growth record' });
        const plan = await planGrowth(record, growthReader(state), namer, clock());
        if (plan.kind === 'recorded') {
          const discoveryRun = discoveryRuns.get(record.jobId);
          if (discoveryRun === undefined) throw new MotionregError('internal', `job ${record.jobId} counts as grown but has no discovery run`, { component });
          return { jobId: record.jobId, alreadyRecorded: true, discoveryRun, entries: [] };
        }
        const outcome: GrowthOutcome['entries'] = [];
        for (const count of plan.counts) {
          const entry = entryOf(count.id);
          entry.count += count.occurrences;
          entry.lastSeenAt = plan.at;
          if (!entry.sources.includes(record.jobId)) entry.sources.push(record.jobId);
          outcome.push(touched(entry, false));
        }
        for (const insert of plan.inserts) {
          const id = state.nextEntryId;
          state.nextEntryId += 1;
          const entry: MutableEntry = {
            id, registry: insert.ref.registry, aspect: insert.ref.aspect, origin: insert.ref.origin, key: insert.ref.key, name: insert.name,
            count: insert.occurrences, depth: insert.depth, value: insert.value, firstSeenAt: plan.at, lastSeenAt: plan.at, sources: [record.jobId],
          };
          entries.set(id, entry);
          entryByRef.set(refKey(insert.ref), id);
          entryByName.set(insert.name.toLowerCase(), id);
          outcome.push(touched(entry, true));
        }
        discoveryRuns.set(record.jobId, plan.discoveryRun);
        if (plan.learningRun !== null) putLearningRun(state, plan.learningRun);
        const job = jobs.get(record.jobId);
        jobs.set(
          record.jobId,
          job === undefined
            ? { schemaVersion: 1, id: record.jobId, prompt: record.prompt, status: 'completed', clipPath: null, error: null, leaseOwner: null, leaseExpiresAt: null, createdAt: plan.at, updatedAt: plan.at }
            : { ...job, status: 'completed', error: null, updatedAt: plan.at },
        );
        return { jobId: record.jobId, alreadyRecorded: false, discoveryRun: plan.discoveryRun, entries: outcome };
      }),

    recordLearningRun: (input: LearningRunInput) =>
      run(() => {
        const parsed = parseOrThrow(learningRunInputSchema, input, { component, what: 'learning run' });
        return putLearningRun(state, { schemaVersion: 1, jobId: parsed.jobId, prompt: parsed.prompt, spec: parsed.spec, summary: parsed.summary, backfilled: false, createdAt: clock().toISOString() });
      }),

    getLearningRun: (jobId: string) => run(() => learningRuns.get(jobId) ?? null),
    getDiscoveryRun: (jobId: string) => run(() => discoveryRuns.get(jobId) ?? null),
  };
}
