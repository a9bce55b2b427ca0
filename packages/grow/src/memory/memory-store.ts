import {
  MotionregError, parseOrThrow, backfillQuerySchema, claimRequestSchema, diagnosticsQuerySchema, entryQuerySchema, growthRecordSchema, instructionSchema,
  interpretationInputSchema, interpretationQuerySchema, jobInputSchema, jobQuerySchema, jobUpdateSchema,
  knowledgeOptionsSchema, learningRunInputSchema, promptGrowthRecordSchema, registryAddressSchema, renameRequestSchema,
} from '@motionreg/primitives';
import type {
  BackfillQuery, BackfillResult, ClaimRequest, Diagnostics, DiagnosticsQuery, DiscoveryRun, EntryQuery, GrowthOutcome, GrowthRecordInput,
  Instruction, InterpretationInput, InterpretationQuery, InterpretationRecord, Job, JobCounts, JobInput, JobQuery, JobUpdate,
  Knowledge, KnowledgeOptions, LearningRun, LearningRunInput, LinguisticEntry, PromptGrowthOutcome,
  PromptGrowthRecord, RegistryAddress, RegistryEntry, RegistryExport, RegistryStore, RenameRequest, RenameResult,
} from '@motionreg/primitives';
import { refKey } from '../core/entry-ref.js';
import { planGrowth } from '../core/plan-growth.js';
import type { EntryNamer, ExistingEntry, GrowthReader } from '../core/plan-growth.js';
import { linguisticKey, normalizeSpan } from '../core/prompt-growth.js';
import { createSerialQueue } from '../core/serial-queue.js';
import {
  backfilledSummary, buildDiagnostics, buildExport, buildKnowledge, byRecency, emptyJobCounts, isStale, measuredStatuses,
  staleCutoff, staleJobError, toRegistryEntry,
} from '../core/shape.js';
import type { StoredEntry } from '../core/shape.js';
import { containsWholeWord, replaceWholeWord, replaceWholeWordInJson } from '../core/whole-word.js';
import { nameCandidates } from '../naming/name-entry.js';

const emptyToNull = (value: string | null): string | null => (value === null || value.length === 0 ? null : value);

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

interface MutableEntry extends Omit<StoredEntry, 'count' | 'lastSeenAt' | 'name' | 'value' | 'depth' | 'sources'> {
  name: string;
  count: number;
  lastSeenAt: string;
  value: Record<string, unknown>;
  depth: Record<string, number>;
  sources: string[];
}

interface LinguisticRow extends LinguisticEntry {
  firstSeenAt: string;
  lastSeenAt: string;
}

/**
 * A store that keeps everything in memory: for tests, examples and one-off runs. It passes the same
 * conformance suite as the SQL stores; nothing survives `close()`.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await growFromExtraction(store, extraction, spec, { jobId: 'job-1', focus: 'all', prompt: 'a calm sea' });
 * const registries = await store.exportRegistries();
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): RegistryStore {
  const clock = options.clock ?? (() => new Date());
  const namer = options.namer ?? nameCandidates;
  const serial = createSerialQueue();
  const entries = new Map<number, MutableEntry>();
  const entryByRef = new Map<string, number>();
  const entryByName = new Map<string, number>();
  const jobs = new Map<string, Job>();
  const discoveryRuns = new Map<string, DiscoveryRun>();
  const learningRuns = new Map<string, LearningRun>();
  const linguistic = new Map<string, LinguisticRow>();
  const interpretations = new Map<string, InterpretationRecord>();
  const interpretationByPrompt = new Map<string, string>();
  const promptGrowthRuns = new Map<string, PromptGrowthOutcome>();
  let nextEntryId = 1;
  let closed = false;

  const copy = <T>(value: T): T => structuredClone(value);
  const run = <T>(task: () => T | Promise<T>): Promise<T> =>
    serial(async () => {
      if (closed) throw new MotionregError('store_unavailable', 'memory store is closed', { component: 'grow' });
      return copy(await task());
    });
  const stored = (entry: MutableEntry): StoredEntry => entry;

  const reader: GrowthReader = {
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

  const upsertJobCompleted = (id: string, prompt: string, at: string) => {
    const job = jobs.get(id);
    if (job === undefined) jobs.set(id, { schemaVersion: 1, id, prompt, status: 'completed', clipPath: null, error: null, leaseOwner: null, leaseExpiresAt: null, createdAt: at, updatedAt: at });
    else jobs.set(id, { ...job, status: 'completed', error: null, updatedAt: at });
  };

  const putLearningRun = (learningRun: LearningRun): LearningRun => {
    const existing = learningRuns.get(learningRun.jobId);
    if (existing !== undefined && !existing.backfilled) return existing;
    learningRuns.set(learningRun.jobId, learningRun);
    return learningRun;
  };

  const growPrompt = (record: PromptGrowthRecord): PromptGrowthOutcome => {
    const previous = promptGrowthRuns.get(record.sourceId);
    if (previous !== undefined) return { ...previous, alreadyRecorded: true };
    const at = clock().toISOString();
    let interpretationId = interpretationByPrompt.get(record.prompt);
    if (interpretationId === undefined) {
      interpretationId = crypto.randomUUID();
      interpretationByPrompt.set(record.prompt, interpretationId);
      interpretations.set(interpretationId, { id: interpretationId, prompt: record.prompt, source: record.source, status: 'done', instruction: record.instruction, createdAt: at, updatedAt: at });
    } else {
      const current = interpretations.get(interpretationId)!;
      interpretations.set(interpretationId, { ...current, status: 'done', instruction: record.instruction, updatedAt: at });
    }
    let added = 0;
    let counted = 0;
    for (const mapping of record.instruction.mappings) {
      const span = normalizeSpan(mapping.span);
      if (span.length === 0) continue;
      const key = linguisticKey(span, mapping.domain, mapping.canonical);
      const current = linguistic.get(key);
      if (current === undefined) {
        linguistic.set(key, { span, canonical: mapping.canonical, domain: mapping.domain, kind: mapping.kind, count: 1, firstSeenAt: at, lastSeenAt: at });
        added += 1;
      } else {
        linguistic.set(key, { ...current, kind: mapping.kind, count: current.count + 1, lastSeenAt: at });
        counted += 1;
      }
    }
    const outcome: PromptGrowthOutcome = { sourceId: record.sourceId, alreadyRecorded: false, interpretationId, linguisticAdded: added, linguisticCounted: counted };
    promptGrowthRuns.set(record.sourceId, outcome);
    return outcome;
  };

  const linguisticList = (): LinguisticEntry[] =>
    [...linguistic.values()]
      .sort((a, b) => b.count - a.count || (a.span < b.span ? -1 : a.span > b.span ? 1 : 0))
      .map(({ span, canonical, domain, kind, count }) => ({ span, canonical, domain, kind, count }));

  const measuredJobs = (last: number): Job[] =>
    [...jobs.values()].reverse().filter((job) => (measuredStatuses as readonly string[]).includes(job.status)).slice(0, last);

  const countJobs = (): JobCounts => {
    const counts = emptyJobCounts();
    for (const job of jobs.values()) counts[job.status] += 1;
    return counts;
  };

  /** Failed jobs (most recent first) and stale ones (oldest first), at most `last` of each, ordered as the SQL stores order them. */
  const unfinishedJobs = (last: number, staleAfterMs: number, now: Date) => {
    const inOrder = [...jobs.values()];
    const byUpdate = (a: Job, b: Job) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : inOrder.indexOf(a) - inOrder.indexOf(b));
    const cutoff = staleCutoff(now, staleAfterMs);
    const at = now.toISOString();
    return {
      failed: inOrder.filter((job) => job.status === 'failed').sort(byUpdate).reverse().slice(0, last),
      stale: inOrder.filter((job) => isStale(job, cutoff, at)).sort(byUpdate).slice(0, last),
    };
  };

  const store: RegistryStore = {
    specificationVersion: 'v1',
    kind: 'memory',
    capabilities: { persistent: false, sharedAcrossInstances: false, multiProcess: false },

    createJob: (input: JobInput) =>
      run(() => {
        const parsed = parseOrThrow(jobInputSchema, input, { component: 'grow', what: 'job' });
        const id = parsed.id ?? crypto.randomUUID();
        if (jobs.has(id)) throw new MotionregError('conflict', `job ${id} exists already`, { component: 'grow' });
        const at = clock().toISOString();
        const job: Job = {
          schemaVersion: 1, id, prompt: parsed.prompt, status: 'pending', ...(parsed.workflow === undefined ? {} : { workflow: parsed.workflow }),
          clipPath: null, error: null, leaseOwner: null, leaseExpiresAt: null, createdAt: at, updatedAt: at,
        };
        jobs.set(id, job);
        return job;
      }),

    updateJob: (id: string, update: JobUpdate) =>
      run(() => {
        const parsed = parseOrThrow(jobUpdateSchema, update, { component: 'grow', what: 'job update' });
        const job = jobs.get(id);
        if (job === undefined) throw new MotionregError('not_found', `no job ${id}`, { component: 'grow' });
        const next: Job = {
          ...job,
          status: parsed.status,
          clipPath: parsed.clipPath === undefined ? job.clipPath : parsed.clipPath,
          error: parsed.status !== 'failed' ? null : parsed.error === undefined ? job.error : emptyToNull(parsed.error),
          // A job put back to pending is released at once, whoever held its lease.
          ...(parsed.status === 'pending' ? { leaseOwner: null, leaseExpiresAt: null } : {}),
          updatedAt: clock().toISOString(),
        };
        jobs.set(id, next);
        return next;
      }),

    claimJob: (request: ClaimRequest) =>
      run(() => {
        const parsed = parseOrThrow(claimRequestSchema, request, { component: 'grow', what: 'claim request' });
        const now = clock();
        const at = now.toISOString();
        // Oldest first: creation time, then insertion order (a Map keeps it), as the SQL stores order.
        let oldest: Job | undefined;
        for (const job of jobs.values()) {
          if (job.status !== 'pending' || (job.leaseExpiresAt !== null && job.leaseExpiresAt > at)) continue;
          if (oldest === undefined || job.createdAt < oldest.createdAt) oldest = job;
        }
        if (oldest === undefined) return null;
        const claimed: Job = { ...oldest, leaseOwner: parsed.worker, leaseExpiresAt: new Date(now.getTime() + parsed.leaseMs).toISOString(), updatedAt: at };
        jobs.set(claimed.id, claimed);
        return claimed;
      }),

    countJobs: () => run(countJobs),

    getJob: (id: string) => run(() => jobs.get(id) ?? null),

    listJobs: (query: JobQuery = {}) =>
      run(() => {
        const parsed = parseOrThrow(jobQuerySchema, query, { component: 'grow', what: 'job query' });
        return [...jobs.values()].reverse().filter((job) => parsed.status === undefined || job.status === parsed.status).slice(0, parsed.limit);
      }),

    recordGrowth: (input: GrowthRecordInput) =>
      run(async (): Promise<GrowthOutcome> => {
        const record = parseOrThrow(growthRecordSchema, input, { component: 'grow', what: 'growth record' });
        const plan = await planGrowth(record, reader, namer, clock());
        if (plan.kind === 'recorded') {
          return { jobId: record.jobId, alreadyRecorded: true, discoveryRun: discoveryRuns.get(record.jobId)!, entries: [] };
        }
        const touched: GrowthOutcome['entries'] = [];
        for (const count of plan.counts) {
          const entry = entries.get(count.id)!;
          entry.count += count.occurrences;
          entry.lastSeenAt = plan.at;
          if (!entry.sources.includes(record.jobId)) entry.sources.push(record.jobId);
          touched.push({ registry: entry.registry, aspect: entry.aspect, ...(entry.origin === '' ? {} : { origin: entry.origin }), key: entry.key, name: entry.name, count: entry.count, added: false });
        }
        for (const insert of plan.inserts) {
          const id = nextEntryId;
          nextEntryId += 1;
          const entry: MutableEntry = {
            id, registry: insert.ref.registry, aspect: insert.ref.aspect, origin: insert.ref.origin, key: insert.ref.key, name: insert.name,
            count: insert.occurrences, depth: insert.depth, value: insert.value, firstSeenAt: plan.at, lastSeenAt: plan.at, sources: [record.jobId],
          };
          entries.set(id, entry);
          entryByRef.set(refKey(insert.ref), id);
          entryByName.set(insert.name.toLowerCase(), id);
          touched.push({ registry: entry.registry, aspect: entry.aspect, ...(entry.origin === '' ? {} : { origin: entry.origin }), key: entry.key, name: entry.name, count: entry.count, added: true });
        }
        discoveryRuns.set(record.jobId, plan.discoveryRun);
        if (plan.learningRun !== null) putLearningRun(plan.learningRun);
        upsertJobCompleted(record.jobId, record.prompt, plan.at);
        return { jobId: record.jobId, alreadyRecorded: false, discoveryRun: plan.discoveryRun, entries: touched };
      }),

    recordLearningRun: (input: LearningRunInput) =>
      run(() => {
        const parsed = parseOrThrow(learningRunInputSchema, input, { component: 'grow', what: 'learning run' });
        return putLearningRun({ schemaVersion: 1, jobId: parsed.jobId, prompt: parsed.prompt, spec: parsed.spec, summary: parsed.summary, backfilled: false, createdAt: clock().toISOString() });
      }),

    getLearningRun: (jobId: string) => run(() => learningRuns.get(jobId) ?? null),
    getDiscoveryRun: (jobId: string) => run(() => discoveryRuns.get(jobId) ?? null),

    recordPromptGrowth: (record: PromptGrowthRecord) => run(() => growPrompt(parseOrThrow(promptGrowthRecordSchema, record, { component: 'grow', what: 'prompt growth record' }))),

    enqueueInterpretation: (input: InterpretationInput) =>
      run(() => {
        const parsed = parseOrThrow(interpretationInputSchema, input, { component: 'grow', what: 'interpretation' });
        const existingId = interpretationByPrompt.get(parsed.prompt);
        if (existingId !== undefined) return interpretations.get(existingId)!;
        const at = clock().toISOString();
        const record: InterpretationRecord = { id: crypto.randomUUID(), prompt: parsed.prompt, source: parsed.source, status: 'pending', instruction: null, createdAt: at, updatedAt: at };
        interpretations.set(record.id, record);
        interpretationByPrompt.set(record.prompt, record.id);
        return record;
      }),

    listInterpretations: (query: InterpretationQuery = {}) =>
      run(() => {
        const parsed = parseOrThrow(interpretationQuerySchema, query, { component: 'grow', what: 'interpretation query' });
        return [...interpretations.values()].filter((record) => parsed.status === undefined || record.status === parsed.status).slice(0, parsed.limit);
      }),

    completeInterpretation: (id: string, instruction: Instruction) =>
      run(() => {
        const parsedInstruction = parseOrThrow(instructionSchema, instruction, { component: 'grow', what: 'instruction' });
        const record = interpretations.get(id);
        if (record === undefined) throw new MotionregError('not_found', `no interpretation ${id}`, { component: 'grow' });
        growPrompt({ sourceId: id, prompt: record.prompt, source: record.source, instruction: parsedInstruction });
        return interpretations.get(id)!;
      }),

    listLinguistic: () => run(linguisticList),

    listEntries: (address: RegistryAddress, query: EntryQuery = {}) =>
      run((): RegistryEntry[] => {
        const parsedAddress = parseOrThrow(registryAddressSchema, address, { component: 'grow', what: 'registry address' });
        const parsed = parseOrThrow(entryQuerySchema, query, { component: 'grow', what: 'entry query' });
        const matching = [...entries.values()]
          .filter((entry) => entry.registry === parsedAddress.registry && entry.aspect === parsedAddress.aspect && (parsed.origin === undefined || entry.origin === parsed.origin))
          .sort(byRecency);
        return (parsed.limit === undefined ? matching : matching.slice(0, parsed.limit)).map((entry) => toRegistryEntry(stored(entry)));
      }),

    getKnowledge: (knowledgeOptions: KnowledgeOptions = {}) =>
      run((): Knowledge => {
        const parsed = parseOrThrow(knowledgeOptionsSchema, knowledgeOptions, { component: 'grow', what: 'knowledge options' });
        const prompts = new Map<string, { prompt: string; count: number; lastSeenAt: string }>();
        const see = (prompt: string, at: string) => {
          const current = prompts.get(prompt);
          if (current === undefined) prompts.set(prompt, { prompt, count: 1, lastSeenAt: at });
          else prompts.set(prompt, { prompt, count: current.count + 1, lastSeenAt: at > current.lastSeenAt ? at : current.lastSeenAt });
        };
        for (const job of jobs.values()) see(job.prompt, job.createdAt);
        for (const record of interpretations.values()) if (record.status === 'done') see(record.prompt, record.updatedAt);
        const promptList = [...prompts.values()].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0)).slice(0, parsed.promptLimit);
        return buildKnowledge({ entries: [...entries.values()].map(stored), linguistic: linguisticList(), prompts: promptList, generatedAt: clock().toISOString(), limitPerPool: parsed.limitPerPool });
      }),

    exportRegistries: () =>
      run((): RegistryExport =>
        buildExport({
          entries: [...entries.values()].map(stored),
          linguistic: linguisticList(),
          interpretations: [...interpretations.values()],
          totals: {
            entries: entries.size,
            jobs: jobs.size,
            learningRuns: learningRuns.size,
            discoveryRuns: discoveryRuns.size,
            linguistic: linguistic.size,
            interpretations: interpretations.size,
          },
          exportedAt: clock().toISOString(),
        }),
      ),

    renameEntry: (request: RenameRequest) =>
      run((): RenameResult => {
        const parsed = parseOrThrow(renameRequestSchema, request, { component: 'grow', what: 'rename request' });
        const id = entryByName.get(parsed.name.toLowerCase());
        const entry = id === undefined ? undefined : entries.get(id);
        if (entry === undefined) throw new MotionregError('not_found', `no registry entry named ${JSON.stringify(parsed.name)}`, { component: 'grow' });
        const holder = entryByName.get(parsed.newName.toLowerCase());
        if (holder !== undefined && holder !== entry.id) throw new MotionregError('conflict', `name ${JSON.stringify(parsed.newName)} is taken`, { component: 'grow' });
        const oldName = entry.name;
        const newName = parsed.newName;
        const protectedNames = [...entries.values()].filter((other) => other.id !== entry.id && containsWholeWord(other.name, oldName)).map((other) => other.name);
        const text = (value: string) => replaceWholeWord(value, oldName, newName, protectedNames);
        const json = <T>(value: T): T => JSON.parse(replaceWholeWordInJson(JSON.stringify(value), oldName, newName, protectedNames)) as T;
        const cascaded: Record<string, number> = {};
        const bump = (column: string) => { cascaded[column] = (cascaded[column] ?? 0) + 1; };

        // Plan every change first, so a collision leaves the store untouched.
        const interpretationChanges: [InterpretationRecord, InterpretationRecord][] = [];
        for (const record of interpretations.values()) {
          const prompt = text(record.prompt);
          const instruction = record.instruction === null ? null : json(record.instruction);
          if (prompt !== record.prompt || JSON.stringify(instruction) !== JSON.stringify(record.instruction)) {
            if (prompt !== record.prompt) {
              const clash = interpretationByPrompt.get(prompt);
              if (clash !== undefined && clash !== record.id) throw new MotionregError('conflict', `renaming would make two interpretations of ${JSON.stringify(prompt)}`, { component: 'grow' });
              bump('interpretations.prompt');
            }
            if (JSON.stringify(instruction) !== JSON.stringify(record.instruction)) bump('interpretations.instruction_json');
            interpretationChanges.push([record, { ...record, prompt, instruction }]);
          }
        }
        for (const [before, after] of interpretationChanges) {
          interpretationByPrompt.delete(before.prompt);
          interpretationByPrompt.set(after.prompt, after.id);
          interpretations.set(after.id, after);
        }
        for (const job of jobs.values()) {
          const prompt = text(job.prompt);
          if (prompt !== job.prompt) { jobs.set(job.id, { ...job, prompt }); bump('jobs.prompt'); }
        }
        for (const learning of learningRuns.values()) {
          const prompt = text(learning.prompt);
          const spec = learning.spec === null ? null : json(learning.spec);
          const summary = json(learning.summary);
          if (prompt !== learning.prompt) bump('learning_runs.prompt');
          if (JSON.stringify(spec) !== JSON.stringify(learning.spec)) bump('learning_runs.spec_json');
          if (JSON.stringify(summary) !== JSON.stringify(learning.summary)) bump('learning_runs.summary_json');
          learningRuns.set(learning.jobId, { ...learning, prompt, spec, summary });
        }
        for (const other of entries.values()) {
          const value = json(other.value);
          if (JSON.stringify(value) !== JSON.stringify(other.value)) { other.value = value; bump('registry_entries.value_json'); }
          const depth = json(other.depth);
          if (JSON.stringify(depth) !== JSON.stringify(other.depth)) { other.depth = depth; bump('registry_entries.depth_json'); }
        }
        // why: spans are lower-cased prompt text and names start with a capital, so only canonicals can hold a name.
        for (const [key, row] of [...linguistic]) {
          const canonical = text(row.canonical);
          if (canonical === row.canonical) continue;
          bump('linguistic_entries.canonical');
          linguistic.delete(key);
          const nextKey = linguisticKey(row.span, row.domain, canonical);
          const merged = linguistic.get(nextKey);
          linguistic.set(nextKey, merged === undefined ? { ...row, canonical } : { ...merged, count: merged.count + row.count });
        }
        entryByName.delete(oldName.toLowerCase());
        entry.name = newName;
        entryByName.set(newName.toLowerCase(), entry.id);
        return { oldName, newName, registry: entry.registry, aspect: entry.aspect, key: entry.key, cascaded };
      }),

    diagnostics: (query: DiagnosticsQuery = {}) =>
      run((): Diagnostics => {
        const parsed = parseOrThrow(diagnosticsQuerySchema, query, { component: 'grow', what: 'diagnostics query' });
        return buildDiagnostics({
          last: parsed.last, jobs: measuredJobs(parsed.last), learning: learningRuns, discovery: discoveryRuns,
          counts: countJobs(), ...unfinishedJobs(parsed.last, parsed.staleAfterMs, clock()),
        });
      }),

    backfill: (query: BackfillQuery = {}) =>
      run((): BackfillResult => {
        const parsed = parseOrThrow(backfillQuerySchema, query, { component: 'grow', what: 'backfill query' });
        const now = clock();
        const at = now.toISOString();
        const stale = parsed.staleJobs === 'keep' ? [] : unfinishedJobs(parsed.last, parsed.staleAfterMs, now).stale;
        const acted = new Set(stale.map((job) => job.id));
        const result: BackfillResult = { learningRuns: [], discoveryRuns: [], retried: [], closed: [] };
        // A job retried or closed owes no runs: it is pending again, or failed.
        for (const job of measuredJobs(parsed.last).filter((measured) => !acted.has(measured.id))) {
          if (!learningRuns.has(job.id)) {
            learningRuns.set(job.id, { schemaVersion: 1, jobId: job.id, prompt: job.prompt, spec: null, summary: { ...backfilledSummary }, backfilled: true, createdAt: at });
            result.learningRuns.push(job.id);
          }
          if (!discoveryRuns.has(job.id)) {
            discoveryRuns.set(job.id, { schemaVersion: 1, jobId: job.id, focus: 'all', added: 0, counted: 0, byAspect: {}, backfilled: true, createdAt: at });
            result.discoveryRuns.push(job.id);
          }
        }
        for (const job of stale) {
          const retry = parsed.staleJobs === 'retry';
          jobs.set(job.id, { ...job, status: retry ? 'pending' : 'failed', error: retry ? null : staleJobError, leaseOwner: null, leaseExpiresAt: null, updatedAt: at });
          (retry ? result.retried : result.closed).push(job.id);
        }
        return result;
      }),

    close: async () => {
      await serial(async () => {
        closed = true;
      });
    },
  };
  return store;
}
