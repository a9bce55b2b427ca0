import { MotionregError, registryAddressSchema, registryApi } from '@motionreg/primitives';
import type {
  BackfillQuery, BackfillResult, ClaimRequest, ClipInfo, Diagnostics, DiagnosticsQuery, DiscoveryRun, EntryQuery,
  ExportPage, ExportPageQuery, GrowthOutcome, GrowthRecordInput, Health, Instruction, InterpretationInput,
  InterpretationQuery, InterpretationRecord, Job, JobCounts, JobInput, JobQuery, JobUpdate, Knowledge, LeaseRenewal,
  KnowledgeOptions, LearningRun, LearningRunInput, LinguisticEntry, LoopProgress, PromptGrowthOutcome,
  PromptGrowthRecord, RegistryAddress, RegistryApiRouteName, RegistryEntry, RegistryExport, RegistryStore,
  RenameRequest, RenameResult,
} from '@motionreg/primitives';
import { createRouteCaller } from './call-route.js';
import type { CallOptions, RouteCall, RouteInput, RouteOutput } from './call-route.js';
import { readClipSource } from './clip-source.js';
import type { ClipSource } from './clip-source.js';
import { resolveClientOptions } from './client-options.js';
import type { RegistryClientOptions } from './client-options.js';
import { createTransport } from './transport/transport.js';

/**
 * The registry service, called over HTTP: a full {@link RegistryStore} (so a loop, a report or a test
 * written against a local store runs on the service unchanged), plus the routes that are not store
 * methods. Every method takes optional {@link CallOptions} last.
 */
export interface RegistryClient extends RegistryStore {
  readonly kind: 'http';
  /** The service's base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** Any route of the table by name, for what the named methods do not cover. */
  call<Name extends RegistryApiRouteName>(name: Name, call?: RouteCall<Name>): Promise<RouteOutput<Name>>;
  health(options?: CallOptions): Promise<Health>;
  exportPage(query: ExportPageQuery, options?: CallOptions): Promise<ExportPage>;
  /** Queues prompts, in requests of at most the route's `maxItems`; an empty list sends nothing. */
  enqueueInterpretations(items: readonly InterpretationInput[], options?: CallOptions): Promise<InterpretationRecord[]>;
  /** Queues every job prompt that has no interpretation yet (at most `limit`). */
  backfillInterpretations(request?: RouteInput<'backfillInterpretations'>, options?: CallOptions): Promise<InterpretationRecord[]>;
  /** Grows interpreted prompts, in requests of at most the route's `maxItems`; an empty list sends nothing. */
  recordPromptGrowthBatch(records: readonly PromptGrowthRecord[], options?: CallOptions): Promise<PromptGrowthOutcome[]>;
  loopProgress(options?: CallOptions): Promise<LoopProgress>;
  /** Stores a job's clip (bytes, a stream, or a file path on Node); a second upload replaces the first. */
  uploadClip(jobId: string, clip: ClipSource, options?: CallOptions & { contentType?: string }): Promise<ClipInfo>;
  /** A job's clip, or `null` when it has none. */
  downloadClip(jobId: string, options?: CallOptions): Promise<Uint8Array | null>;
  /** The service's metrics in the Prometheus text format. */
  metrics(options?: CallOptions): Promise<string>;
}

/**
 * Sends a batch in requests of at most `maxItems` (the route's limit, which keeps one request within
 * D1's per-invocation budget), one after another, answers concatenated in order. Splitting is safe
 * because batch items are independent (each is applied once per prompt or source id); each request
 * is its own write with its own idempotency key (a caller's key gets a `.part-N` suffix past the first).
 */
async function inChunks<Item, Result>(
  items: readonly Item[], maxItems: number | undefined, options: CallOptions, send: (chunk: Item[], options: CallOptions) => Promise<Result[]>,
): Promise<Result[]> {
  const size = maxItems ?? Math.max(items.length, 1);
  const results: Result[] = [];
  for (let start = 0, part = 0; start < items.length; start += size, part += 1) {
    const key = options.idempotencyKey === undefined || part === 0 ? options.idempotencyKey : `${options.idempotencyKey}.part-${part}`;
    results.push(...(await send(items.slice(start, start + size), { ...options, ...(key === undefined ? {} : { idempotencyKey: key }) })));
  }
  return results;
}

const isNotFound = (error: unknown): boolean => MotionregError.isInstance(error) && error.code === 'not_found';

async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * Creates a client of the registry service. Options are checked here, once: a bad one throws
 * `invalid_input` naming it.
 *
 * @example
 * ```ts
 * const registry = createRegistryClient({ baseUrl: 'http://127.0.0.1:8787', token: process.env.MOTIONREG_TOKEN });
 * const job = await registry.createJob({ prompt: 'a slow pan over a calm sea' });
 * await growFromExtraction(registry, extraction, spec, { jobId: job.id, prompt: job.prompt });
 * console.log((await registry.loopProgress()).counts);
 * ```
 */
export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const resolved = resolveClientOptions(options);
  const callRoute = createRouteCaller(resolved, createTransport(resolved));
  let closed = false;

  async function call<Name extends RegistryApiRouteName>(name: Name, routeCall?: RouteCall<Name>): Promise<RouteOutput<Name>> {
    if (closed) throw new MotionregError('invalid_input', `${name}: the client was closed`, { component: 'client' });
    return (await callRoute(name, routeCall)).value;
  }
  const id = (value: string, what: string): string => {
    if (typeof value !== 'string' || value.length === 0) throw new MotionregError('invalid_input', `${what} must be a non-empty string`, { component: 'client' });
    return value;
  };

  return {
    specificationVersion: 'v1',
    kind: 'http',
    capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true },
    baseUrl: resolved.baseUrl,
    call,

    async createJob(input: JobInput, callOptions: CallOptions = {}): Promise<Job> {
      if (closed) throw new MotionregError('invalid_input', 'createJob: the client was closed', { component: 'client' });
      // why: the id is made here, not by the service, so every try of this create names the same job and a
      // retried create can never make two.
      const withId = typeof input === 'object' && input !== null && input.id === undefined ? { ...input, id: crypto.randomUUID() } : input;
      try {
        return (await callRoute('createJob', { ...callOptions, input: withId })).value;
      } catch (error) {
        // A conflict on the id we just made up means an earlier try of this very call created it and its
        // answer was lost (a service that forgot the idempotency key): the job is ours.
        if (MotionregError.isInstance(error) && error.code === 'conflict' && input.id === undefined) {
          const existing = await orNull(call('getJob', { params: { id: withId.id! } }));
          if (existing !== null && existing.prompt === withId.prompt && existing.workflow === withId.workflow) return existing;
        }
        throw error;
      }
    },
    updateJob: (jobId: string, update: JobUpdate, callOptions?: CallOptions) => call('updateJob', { ...callOptions, params: { id: id(jobId, 'updateJob: id') }, input: update }),
    getJob: (jobId: string, callOptions?: CallOptions) => orNull(call('getJob', { ...callOptions, params: { id: id(jobId, 'getJob: id') } })),
    listJobs: (query: JobQuery = {}, callOptions?: CallOptions) => call('listJobs', { ...callOptions, input: query }),
    claimJob: async (request: ClaimRequest, callOptions?: CallOptions) => (await call('claimJob', { ...callOptions, input: request })).job,
    renewLease: (request: LeaseRenewal, callOptions?: CallOptions): Promise<Job> =>
      call('renewLease', { ...callOptions, params: { id: id(request.jobId, 'renewLease: jobId') }, input: { worker: request.worker, ...(request.leaseMs === undefined ? {} : { leaseMs: request.leaseMs }) } }),
    countJobs: (callOptions?: CallOptions): Promise<JobCounts> => call('countJobs', { ...callOptions }),

    recordGrowth: (record: GrowthRecordInput, callOptions?: CallOptions): Promise<GrowthOutcome> => call('recordGrowth', { ...callOptions, input: record }),
    recordLearningRun: (run: LearningRunInput, callOptions?: CallOptions): Promise<LearningRun> => call('recordLearningRun', { ...callOptions, input: run }),
    getLearningRun: (jobId: string, callOptions?: CallOptions) => orNull(call('getLearningRun', { ...callOptions, params: { jobId: id(jobId, 'getLearningRun: jobId') } })),
    getDiscoveryRun: (jobId: string, callOptions?: CallOptions): Promise<DiscoveryRun | null> => orNull(call('getDiscoveryRun', { ...callOptions, params: { jobId: id(jobId, 'getDiscoveryRun: jobId') } })),

    recordPromptGrowth: (record: PromptGrowthRecord, callOptions?: CallOptions): Promise<PromptGrowthOutcome> => call('recordPromptGrowth', { ...callOptions, input: record }),
    enqueueInterpretation: (input: InterpretationInput, callOptions?: CallOptions) => call('enqueueInterpretation', { ...callOptions, input }),
    listInterpretations: (query: InterpretationQuery = {}, callOptions?: CallOptions) => call('listInterpretations', { ...callOptions, input: query }),
    completeInterpretation: (interpretationId: string, instruction: Instruction, callOptions?: CallOptions) =>
      call('completeInterpretation', { ...callOptions, params: { id: id(interpretationId, 'completeInterpretation: id') }, input: { instruction } }),
    listLinguistic: (callOptions?: CallOptions): Promise<LinguisticEntry[]> => call('listLinguistic', { ...callOptions }),

    listEntries(address: RegistryAddress, query: EntryQuery = {}, callOptions?: CallOptions): Promise<RegistryEntry[]> {
      const parsed = registryAddressSchema.safeParse(address);
      if (!parsed.success) {
        return Promise.reject(new MotionregError('invalid_input', `listEntries: unknown registry address ${JSON.stringify(address)}`, { component: 'client', cause: parsed.error }));
      }
      return call('listEntries', { ...callOptions, params: { registry: parsed.data.registry, aspect: parsed.data.aspect }, input: query });
    },
    getKnowledge: (knowledgeOptions: KnowledgeOptions = {}, callOptions?: CallOptions): Promise<Knowledge> => call('getKnowledge', { ...callOptions, input: knowledgeOptions }),
    // why: one request to /api/export/all, not the paged export assembled here: the service answers it with
    // one store call, while pages read one request after another, with writes between them, could mix two states.
    exportRegistries: (callOptions?: CallOptions): Promise<RegistryExport> => call('exportRegistries', { ...callOptions }),

    renameEntry: (request: RenameRequest, callOptions?: CallOptions): Promise<RenameResult> => call('renameEntry', { ...callOptions, input: request }),
    diagnostics: (query: DiagnosticsQuery = {}, callOptions?: CallOptions): Promise<Diagnostics> => call('diagnostics', { ...callOptions, input: query }),
    backfill: (query: BackfillQuery = {}, callOptions?: CallOptions): Promise<BackfillResult> => call('backfill', { ...callOptions, input: query }),

    health: (callOptions?: CallOptions) => call('health', { ...callOptions }),
    exportPage: (query: ExportPageQuery, callOptions?: CallOptions) => call('exportPage', { ...callOptions, input: query }),
    enqueueInterpretations: (items: readonly InterpretationInput[], callOptions: CallOptions = {}) =>
      inChunks(items, registryApi.enqueueInterpretations.maxItems, callOptions, async (chunk, chunkOptions) => (await call('enqueueInterpretations', { ...chunkOptions, input: { items: chunk } })).items),
    backfillInterpretations: async (request: RouteInput<'backfillInterpretations'> = {}, callOptions?: CallOptions) => (await call('backfillInterpretations', { ...callOptions, input: request })).enqueued,
    recordPromptGrowthBatch: (records: readonly PromptGrowthRecord[], callOptions: CallOptions = {}) =>
      inChunks(records, registryApi.recordPromptGrowthBatch.maxItems, callOptions, async (chunk, chunkOptions) => (await call('recordPromptGrowthBatch', { ...chunkOptions, input: { records: chunk } })).outcomes),
    loopProgress: (callOptions?: CallOptions) => call('loopProgress', { ...callOptions }),
    async uploadClip(jobId: string, clip: ClipSource, callOptions: CallOptions & { contentType?: string } = {}): Promise<ClipInfo> {
      const bytes = await readClipSource(clip);
      return call('uploadClip', { ...callOptions, params: { id: id(jobId, 'uploadClip: jobId') }, bytes, contentType: callOptions.contentType ?? 'video/mp4' });
    },
    async downloadClip(jobId: string, callOptions?: CallOptions): Promise<Uint8Array | null> {
      const bytes = await orNull(call('downloadClip', { ...callOptions, params: { id: id(jobId, 'downloadClip: jobId') } }));
      if (bytes === null) return null;
      if (!(bytes instanceof Uint8Array)) throw new MotionregError('remote_error', 'downloadClip: the answer was not bytes', { component: 'client' });
      return bytes;
    },
    metrics: (callOptions?: CallOptions) => call('metrics', { ...callOptions }),

    async close(): Promise<void> {
      // why: nothing to release (fetch pools its own connections); calls after close fail loudly instead of
      // quietly reaching a registry the caller believes closed.
      closed = true;
    },
  };
}
