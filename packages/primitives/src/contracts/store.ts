import { z } from 'zod';
import { motionDirectionSchema, motionRhythmSchema, motionSmoothnessSchema, motionSpeedSchema } from '../origins/origins.js';
import { rgbSchema, soundPrimitiveSchema } from '../origins/primitives.js';
import { isoTimestampSchema, soundMixSchema } from './common.js';
import { instructionSchema } from './instruction.js';
import type { Instruction } from './instruction.js';
import type { Knowledge } from './knowledge.js';
import {
  discoveryRunSchema, jobStatuses, jobStatusSchema, narrativeOriginSchema, registryAddressSchema, registryKindSchema,
} from './registry.js';
import type {
  DiscoveryRun, InterpretationRecord, Job, LearningRun, LinguisticEntry, RegistryAddress, RegistryEntry,
} from './registry.js';
import type { RegistryExport } from './registry-export.js';
import { sceneSpecSchema } from './scene-spec.js';

/**
 * The store contract: everything the pipeline reads from and writes to the registries, behind one
 * small async interface. It lives in primitives (not in `@motionreg/grow`) so that every
 * implementation — the stores in grow, the typed HTTP client of the registry service — meets at the
 * same seam without depending on each other (docs/decisions/0001-store-interface.md).
 *
 * Everything that crosses the interface has a zod schema below; implementations parse their inputs
 * with them. The interface is versioned by {@link RegistryStore.specificationVersion}.
 */

/** What growth reads from a clip: `frame` grows the static registries, `window` the dynamic and narrative ones, `all` both. */
export const growthFocuses = ['frame', 'window', 'all'] as const;
export const growthFocusSchema = z.enum(growthFocuses);
export type GrowthFocus = z.infer<typeof growthFocusSchema>;

/** The domains a blend name may take its noun from. */
export const blendNameDomains = ['blends', 'color', 'lighting', 'motion', 'camera', 'gradient', 'composition', 'temporal', 'transition', 'sound'] as const;

/** One word of a name: letters, with inner hyphens or apostrophes. */
const nameWordSchema = z.string().regex(/^[\p{L}'’-]+$/u, 'letters only');

/**
 * What a store needs to name a new entry: the measured properties the name must describe. The store
 * names new entries itself, inside its transaction, so a name is chosen against every name already
 * taken (names are unique across all registries, compared without case) and never contains a digit.
 * `detail` (motion, blend) lists words that describe every part of the entry's key, one word per
 * part: when every descriptive name of a busy registry is taken, the detail phrase still names the
 * entry uniquely ("Strong Vertical Gradation").
 */
export const namingHintSchema = z.discriminatedUnion('kind', [
  /** A colour: named from a colour-name dataset, nearest by CIEDE2000, qualified when taken (`nameColor`). */
  z.object({ kind: z.literal('color'), rgb: rgbSchema }),
  /** A sound: named from its measured primitive shares, strength and pitch ("low rumble", `nameSound`). */
  z.object({
    kind: z.literal('sound'),
    dominant: soundPrimitiveSchema,
    mix: soundMixSchema,
    strengthPct: z.number().min(0).max(100),
    frequencyHz: z.number().nonnegative().optional(),
  }),
  /** A motion: named from its speed, direction, rhythm and smoothness ("slow drift", `nameMotion`). */
  z.object({
    kind: z.literal('motion'),
    speed: motionSpeedSchema,
    direction: motionDirectionSchema.optional(),
    rhythm: motionRhythmSchema.optional(),
    smoothness: motionSmoothnessSchema.optional(),
    detail: z.array(nameWordSchema).optional(),
  }),
  /**
   * Any other blend: named from the adjectives of its largest components before a noun of its domain
   * ("panning slow shot", `nameBlend`). `depth` weighs origin values (`{ pan: 60, slow: 30, left: 10 }`).
   */
  z.object({
    kind: z.literal('blend'),
    domain: z.enum(blendNameDomains),
    depth: z.record(z.string().min(1), z.number().min(0).max(100)),
    detail: z.array(nameWordSchema).optional(),
  }),
  /**
   * A vocabulary value (narrative): its own words ("slow build"), then with each of `qualifiers`
   * added in turn when taken ("slow build plot", "observed slow build plot").
   */
  z.object({
    kind: z.literal('words'),
    words: z.array(nameWordSchema).min(1),
    qualifiers: z.array(nameWordSchema).default([]),
  }),
]);
export type NamingHint = z.infer<typeof namingHintSchema>;
export type NamingHintInput = z.input<typeof namingHintSchema>;

/**
 * One keyed measurement of a job, already quantised: every sighting in the job that maps to the same
 * (registry, aspect, origin, key) is one observation with `occurrences` sightings.
 */
export const observationSchema = z
  .object({
    registry: registryKindSchema,
    aspect: z.string().min(1),
    /** Narrative only: whether the value was meant (spec + prompt) or measured in the video. */
    origin: narrativeOriginSchema.optional(),
    key: z.string().min(1).max(500),
    /** Sightings of this key in the job (frames for static, windows or clips for dynamic). */
    occurrences: z.number().int().positive(),
    depth: z.record(z.string(), z.number().min(0).max(100)),
    value: z.record(z.string(), z.unknown()),
    naming: namingHintSchema,
  })
  .superRefine((observation, context) => {
    const address = registryAddressSchema.safeParse({ registry: observation.registry, aspect: observation.aspect });
    if (!address.success) context.addIssue({ code: 'custom', message: `unknown aspect ${observation.aspect} of the ${observation.registry} registry`, path: ['aspect'] });
    if ((observation.registry === 'narrative') !== (observation.origin !== undefined)) {
      context.addIssue({ code: 'custom', message: 'narrative observations carry an origin and only they do', path: ['origin'] });
    }
  });
export type Observation = z.infer<typeof observationSchema>;
export type ObservationInput = z.input<typeof observationSchema>;

/** What a completed job learned, written together with its growth. */
export const learningInputSchema = z.object({
  spec: sceneSpecSchema.nullable(),
  summary: z.record(z.string(), z.unknown()),
});
export type LearningInput = z.infer<typeof learningInputSchema>;

/**
 * Everything one job adds to the registries, applied at most once per `jobId`: the observations, the
 * discovery run that records what they did, the learning run (when given) and the job's completion,
 * all in one atomic unit.
 */
export const growthRecordSchema = z.object({
  jobId: z.string().min(1).max(200),
  prompt: z.string(),
  focus: growthFocusSchema,
  observations: z.array(observationSchema),
  learning: learningInputSchema.optional(),
});
export type GrowthRecord = z.infer<typeof growthRecordSchema>;
export type GrowthRecordInput = z.input<typeof growthRecordSchema>;

/** One entry a growth touched: added (new, named) or counted. */
export const touchedEntrySchema = z.object({
  registry: registryKindSchema,
  aspect: z.string().min(1),
  origin: narrativeOriginSchema.optional(),
  key: z.string().min(1),
  name: z.string().min(1),
  count: z.number().int().positive(),
  added: z.boolean(),
});
export type TouchedEntry = z.infer<typeof touchedEntrySchema>;

/** What `recordGrowth` did. A retried job reports `alreadyRecorded` and touches nothing. */
export const growthOutcomeSchema = z.object({
  jobId: z.string().min(1),
  alreadyRecorded: z.boolean(),
  discoveryRun: discoveryRunSchema,
  entries: z.array(touchedEntrySchema),
});
export type GrowthOutcome = z.infer<typeof growthOutcomeSchema>;

/** A learning run recorded on its own (the growth record usually carries it). */
export const learningRunInputSchema = learningInputSchema.extend({
  jobId: z.string().min(1).max(200),
  prompt: z.string(),
});
export type LearningRunInput = z.infer<typeof learningRunInputSchema>;

/** A new job. Without an id the store makes a UUID. */
export const jobInputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  prompt: z.string(),
  workflow: z.string().min(1).optional(),
});
export type JobInput = z.infer<typeof jobInputSchema>;

export const jobUpdateSchema = z.object({
  status: jobStatusSchema,
  clipPath: z.string().min(1).nullable().optional(),
  /** The failing step's one-line error; set with status `failed`, cleared (null) otherwise. */
  error: z.string().max(2_000).nullable().optional(),
});
export type JobUpdate = z.infer<typeof jobUpdateSchema>;

/**
 * Take the oldest `pending` job whose lease is free or expired, atomically: N workers claiming at once
 * never take the same job. The job keeps status `pending` with `leaseOwner` and `leaseExpiresAt` set;
 * the worker moves it on with `updateJob`. A lease that expires makes the job claimable again.
 */
export const claimRequestSchema = z.object({
  worker: z.string().min(1).max(200),
  /** How long the claim holds. @default 600000 (10 minutes) */
  leaseMs: z.number().int().positive().max(86_400_000).default(600_000),
});
export type ClaimRequest = z.input<typeof claimRequestSchema>;

/**
 * Extend a held claim: the job's lease ends `leaseMs` from now. Only the worker named in `leaseOwner`
 * may renew, and only while the job is not finished (`completed` or `failed`); otherwise the store
 * answers `conflict` (another worker claimed it after this one's lease ran out, or the job moved on).
 * A lease that ran out but was not taken by anyone is still the owner's to renew.
 */
export const leaseRenewalSchema = z.object({
  jobId: z.string().min(1),
  worker: z.string().min(1).max(200),
  /** How long the renewed claim holds from now. @default 600000 (10 minutes) */
  leaseMs: z.number().int().positive().max(86_400_000).default(600_000),
});
export type LeaseRenewal = z.input<typeof leaseRenewalSchema>;

/** How many jobs are in each status (loop progress, metrics). */
export const jobCountsSchema = z.object(
  Object.fromEntries(jobStatuses.map((status) => [status, z.number().int().nonnegative()])) as Record<
    (typeof jobStatuses)[number],
    z.ZodNumber
  >,
);
export type JobCounts = z.infer<typeof jobCountsSchema>;

export const jobQuerySchema = z.object({
  limit: z.number().int().positive().max(10_000).default(100),
  status: jobStatusSchema.optional(),
});
export type JobQuery = z.input<typeof jobQuerySchema>;

/**
 * What one interpreted prompt adds, applied at most once per `sourceId` (a job id or an
 * interpretation id): the prompt → instruction record (one per distinct prompt) and a count for
 * each of its linguistic mappings, unique per (span, domain, canonical).
 */
export const promptGrowthRecordSchema = z.object({
  sourceId: z.string().min(1).max(200),
  prompt: z.string().min(1),
  source: z.string().min(1).max(40),
  instruction: instructionSchema,
});
export type PromptGrowthRecord = z.infer<typeof promptGrowthRecordSchema>;

export const promptGrowthOutcomeSchema = z.object({
  sourceId: z.string().min(1),
  alreadyRecorded: z.boolean(),
  interpretationId: z.string().min(1),
  linguisticAdded: z.number().int().nonnegative(),
  linguisticCounted: z.number().int().nonnegative(),
});
export type PromptGrowthOutcome = z.infer<typeof promptGrowthOutcomeSchema>;

export const interpretationInputSchema = z.object({
  prompt: z.string().min(1),
  source: z.string().min(1).max(40),
});
export type InterpretationInput = z.infer<typeof interpretationInputSchema>;

export const interpretationQuerySchema = z.object({
  status: z.enum(['pending', 'done']).optional(),
  limit: z.number().int().positive().max(10_000).default(100),
});
export type InterpretationQuery = z.input<typeof interpretationQuerySchema>;

/** Which entries to list: one registry aspect, optionally one narrative origin. */
export const entryQuerySchema = z.object({
  limit: z.number().int().positive().max(100_000).optional(),
  origin: narrativeOriginSchema.optional(),
});
export type EntryQuery = z.input<typeof entryQuerySchema>;

export const knowledgeOptionsSchema = z.object({
  /** At most this many entries per pool, the most recently seen first. @default unlimited */
  limitPerPool: z.number().int().positive().optional(),
  /** At most this many earlier prompts. @default 200 */
  promptLimit: z.number().int().positive().default(200),
});
export type KnowledgeOptions = z.input<typeof knowledgeOptionsSchema>;

/** Letters, spaces, hyphens and apostrophes: what a registry name may hold (never a digit). */
export const entryNamePattern = /^\p{L}+(?:['’-]\p{L}+)*(?: \p{L}+(?:['’-]\p{L}+)*)*$/u;
export const entryNameSchema = z.string().max(120).regex(entryNamePattern, 'a name is words of letters (hyphens and apostrophes inside words), without digits');

/** Rename the entry called `name` to `newName`, everywhere the name appears. */
export const renameRequestSchema = z.object({
  name: z.string().min(1),
  newName: entryNameSchema,
});
export type RenameRequest = z.infer<typeof renameRequestSchema>;

export const renameResultSchema = z.object({
  oldName: z.string().min(1),
  newName: z.string().min(1),
  registry: registryKindSchema,
  aspect: z.string().min(1),
  key: z.string().min(1),
  /** Rows changed per `table.column` by the whole-word cascade (the renamed entry itself not counted). */
  cascaded: z.record(z.string(), z.number().int().nonnegative()),
});
export type RenameResult = z.infer<typeof renameResultSchema>;

export const diagnosticsQuerySchema = z.object({
  /** How many of the most recent measured jobs to check. @default 20 */
  last: z.number().int().positive().max(10_000).default(20),
  /** A `pending` (unleased), `rendered` or `extracted` job untouched this long is stale. @default 3600000 (1 h) */
  staleAfterMs: z.number().int().positive().default(3_600_000),
});
export type DiagnosticsQuery = z.input<typeof diagnosticsQuerySchema>;

/** A job diagnostics reports as unfinished: failed (with its error) or stale (nobody moved it on). */
export const unfinishedJobSchema = z.object({
  jobId: z.string().min(1),
  status: jobStatusSchema,
  promptPreview: z.string(),
  updatedAt: isoTimestampSchema,
  error: z.string().nullable(),
});
export type UnfinishedJob = z.infer<typeof unfinishedJobSchema>;

/**
 * For the last N jobs that were measured (status `extracted` or `completed`, so they owe a learning
 * run and a discovery run): which runs each has.
 */
export const diagnosticsSchema = z.object({
  last: z.number().int().positive(),
  jobs: z.array(
    z.object({
      jobId: z.string().min(1),
      status: jobStatusSchema,
      promptPreview: z.string(),
      hasLearningRun: z.boolean(),
      hasDiscoveryRun: z.boolean(),
      backfilled: z.boolean(),
    }),
  ),
  missingLearning: z.number().int().nonnegative(),
  missingDiscovery: z.number().int().nonnegative(),
  /** Jobs in each status across the whole store (not only the last N). */
  counts: jobCountsSchema,
  /** Every failed job, the most recent first (at most `last`). */
  failed: z.array(unfinishedJobSchema),
  /** Every stale job (see `staleAfterMs`), the oldest first (at most `last`). */
  stale: z.array(unfinishedJobSchema),
});
export type Diagnostics = z.infer<typeof diagnosticsSchema>;

/** What a backfill does with stale jobs: leave them, make them claimable again (`pending`), or close them as `failed`. */
export const staleJobActions = ['keep', 'retry', 'fail'] as const;
export const backfillQuerySchema = diagnosticsQuerySchema.extend({
  /** @default 'keep' */
  staleJobs: z.enum(staleJobActions).default('keep'),
});
export type BackfillQuery = z.input<typeof backfillQuerySchema>;

/** The jobs a backfill gave a (backfilled, empty) learning or discovery run, and the stale jobs it retried or closed. */
export const backfillResultSchema = z.object({
  learningRuns: z.array(z.string()),
  discoveryRuns: z.array(z.string()),
  retried: z.array(z.string()).default([]),
  closed: z.array(z.string()).default([]),
});
export type BackfillResult = z.infer<typeof backfillResultSchema>;

/** What a store can do; the conformance suite skips by these, never by test name. */
export const storeCapabilitiesSchema = z.object({
  /** Data survives closing and opening the store again. */
  persistent: z.boolean(),
  /** Two store objects opened on the same data see each other's writes (so may race). */
  sharedAcrossInstances: z.boolean(),
  /** Two processes may write at once with exact results. */
  multiProcess: z.boolean(),
});
export type StoreCapabilities = z.infer<typeof storeCapabilitiesSchema>;

/**
 * A registry store, specification `v1`. Every method is async. Writes are atomic per call; growth
 * (`recordGrowth`) and prompt growth (`recordPromptGrowth`) are exactly once per job or source id.
 * Errors are `MotionregError`s: `invalid_input` (bad arguments), `not_found`, `conflict` (a name is
 * taken), `unauthorized`, `store_unavailable` (retryable when `retryable` is set), `remote_error`.
 *
 * @example
 * ```ts
 * const store = createSqliteStore({ path: './motionreg-out/registry.db' });
 * const job = await store.createJob({ prompt: 'a slow pan over a calm sea' });
 * // ... render, extract ...
 * await growFromExtraction(store, extraction, spec, { jobId: job.id, focus: 'all', prompt: job.prompt });
 * const registries = await store.exportRegistries();
 * ```
 */
export interface RegistryStore {
  /** The version of this interface the store implements. */
  readonly specificationVersion: 'v1';
  /** A short name of the implementation (`memory`, `sqlite`, `d1-http`, ...). */
  readonly kind: string;
  readonly capabilities: StoreCapabilities;

  createJob(input: JobInput): Promise<Job>;
  updateJob(id: string, update: JobUpdate): Promise<Job>;
  getJob(id: string): Promise<Job | null>;
  /** The most recent jobs first. */
  listJobs(query?: JobQuery): Promise<Job[]>;
  /** Atomically takes the oldest claimable pending job with a lease, or `null` (see {@link ClaimRequest}). */
  claimJob(request: ClaimRequest): Promise<Job | null>;
  /** Extends the lease the worker holds on a job; `conflict` when it holds it no longer (see {@link LeaseRenewal}). */
  renewLease(request: LeaseRenewal): Promise<Job>;
  /** Jobs per status across the store. */
  countJobs(): Promise<JobCounts>;

  /** Applies one job's growth exactly once (see {@link GrowthRecord}). */
  recordGrowth(record: GrowthRecordInput): Promise<GrowthOutcome>;
  /** Records a learning run once per job; a backfilled one is replaced by a real one. */
  recordLearningRun(run: LearningRunInput): Promise<LearningRun>;
  getLearningRun(jobId: string): Promise<LearningRun | null>;
  getDiscoveryRun(jobId: string): Promise<DiscoveryRun | null>;

  /** Applies one interpreted prompt exactly once (see {@link PromptGrowthRecord}). */
  recordPromptGrowth(record: PromptGrowthRecord): Promise<PromptGrowthOutcome>;
  /** Queues a prompt for interpretation; a prompt already known is returned as it is. */
  enqueueInterpretation(input: InterpretationInput): Promise<InterpretationRecord>;
  /** Interpretations, oldest first (the queue order). */
  listInterpretations(query?: InterpretationQuery): Promise<InterpretationRecord[]>;
  /** Completes a queued interpretation and grows its linguistic mappings, once. */
  completeInterpretation(id: string, instruction: Instruction): Promise<InterpretationRecord>;
  listLinguistic(): Promise<LinguisticEntry[]>;

  /** One registry's entries, the most recently seen first. */
  listEntries(address: RegistryAddress, query?: EntryQuery): Promise<RegistryEntry[]>;
  /** Every learned pool with counts and last-seen times, for creation. */
  getKnowledge(options?: KnowledgeOptions): Promise<Knowledge>;
  /** Every registry as one document, nothing sampled. */
  exportRegistries(): Promise<RegistryExport>;

  /** Renames an entry and, in the same transaction, every whole-word use of its name. */
  renameEntry(request: RenameRequest): Promise<RenameResult>;
  diagnostics(query?: DiagnosticsQuery): Promise<Diagnostics>;
  /**
   * Gives every job `diagnostics` reports as missing a run a backfilled, empty one, and retries or
   * closes the stale jobs it reports (`staleJobs`).
   */
  backfill(query?: BackfillQuery): Promise<BackfillResult>;

  close(): Promise<void>;
}
