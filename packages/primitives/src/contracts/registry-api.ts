import { z } from 'zod';
import { errorCodes, invalidInput } from '../errors/motionreg-error.js';
import { instructionSchema } from './instruction.js';
import { knowledgeSchema } from './knowledge.js';
import {
  discoveryRunSchema, interpretationRecordSchema, jobSchema, jobStatusSchema, learningRunSchema,
  linguisticEntrySchema, narrativeOriginSchema, registryEntrySchema, registryKindSchema,
} from './registry.js';
import { registryExportSchema } from './registry-export.js';
import {
  backfillQuerySchema, backfillResultSchema, claimRequestSchema, diagnosticsSchema, leaseRenewalSchema,
  growthOutcomeSchema, growthRecordSchema, interpretationInputSchema, jobCountsSchema, jobInputSchema,
  jobUpdateSchema, learningRunInputSchema, promptGrowthOutcomeSchema,
  promptGrowthRecordSchema, renameRequestSchema, renameResultSchema,
} from './store.js';

/**
 * The registry service's HTTP API as data: one route table that the service (`@motionreg/service`)
 * serves and the typed client (`@motionreg/client`) calls, so the two can never disagree about a
 * path, a method or a shape. Every route names its request schema (the JSON body for writes, the
 * query string for reads, coerced from strings) and its response schema. Paths are relative to the
 * service's base URL; `:name` segments are path parameters.
 *
 * Writes (`write: true`) need `Authorization: Bearer <token>` and accept an `Idempotency-Key` header.
 */
export interface ApiRoute<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  readonly path: string;
  /** A write: needs the bearer token and takes an idempotency key. */
  readonly write: boolean;
  /** Where the request schema reads from: the JSON body, the query string, or nothing. */
  readonly input: 'body' | 'query' | 'none';
  readonly request: Request;
  readonly response: Response;
  /** At most this many items in the request's largest list (stated in a 400 error when exceeded). */
  readonly maxItems?: number;
}

function route<Request extends z.ZodType, Response extends z.ZodType>(definition: ApiRoute<Request, Response>): ApiRoute<Request, Response> {
  return definition;
}

/** Query strings carry text: numbers are coerced, then checked by the same bounds as the store contract. */
const queryInt = z.coerce.number().int().positive();
const emptySchema = z.object({}).strict();

/** Export sections the paged export route serves, one registry aspect (or the linguistic registry) each. */
export const exportSections = [
  'static.colors', 'static.sound',
  'dynamic.motion', 'dynamic.gradient', 'dynamic.camera', 'dynamic.sound', 'dynamic.lighting',
  'dynamic.composition', 'dynamic.temporal', 'dynamic.transition', 'dynamic.blends',
  'narrative', 'linguistic', 'interpretations',
] as const;
export const exportSectionSchema = z.enum(exportSections);
export type ExportSection = z.infer<typeof exportSectionSchema>;

export const exportPageQuerySchema = z.object({
  section: exportSectionSchema,
  offset: z.coerce.number().int().nonnegative().default(0),
  limit: queryInt.max(1_000).default(500),
});
export type ExportPageQuery = z.input<typeof exportPageQuerySchema>;

/** One page of one export section. `items` have the shape of that section's entries in the full export. */
export const exportPageSchema = z.object({
  section: exportSectionSchema,
  offset: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  items: z.array(z.unknown()),
  /** The offset of the next page, `null` on the last. */
  nextOffset: z.number().int().nonnegative().nullable(),
});
export type ExportPage = z.infer<typeof exportPageSchema>;

export const healthSchema = z.object({
  ok: z.literal(true),
  service: z.literal('motionreg-registry'),
  specificationVersion: z.literal('v1'),
  /** The store behind the service (`sqlite`, `d1`, `memory`). */
  store: z.string(),
  /** Whether reads need the token too. */
  readsNeedToken: z.boolean(),
  time: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

/** Loop progress: jobs per status, and what diagnostics says is owed. */
export const loopProgressSchema = z.object({
  counts: jobCountsSchema,
  missingLearning: z.number().int().nonnegative(),
  missingDiscovery: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  stale: z.number().int().nonnegative(),
});
export type LoopProgress = z.infer<typeof loopProgressSchema>;

export const clipInfoSchema = z.object({
  jobId: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.string(),
});
export type ClipInfo = z.infer<typeof clipInfoSchema>;

/** Every error the service answers with, whatever the route. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    /** For a 400: the dotted path of the field at fault (`observations.3.key`), when one is. */
    field: z.string().optional(),
    /** For a 500: an id to find the fault in the service's log (no stack trace is ever sent). */
    errorId: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

const jobIdParamPath = (suffix = '') => `/api/jobs/:id${suffix}`;

/**
 * The routes. Keys are the client's method names where the route is one store method.
 * Items per request are capped so that one request stays within D1's limits on a free account (50
 * queries per Worker invocation, 100 bound parameters and 100 KB per statement), the service's
 * idempotency statements included; `@motionreg/service`'s d1-request-limits test measures each write
 * route at its cap (an interpretation costs 2 statements, a prompt growth 11, a whole growth ~20).
 */
export const registryApi = {
  health: route({ method: 'GET', path: '/api/health', write: false, input: 'none', request: emptySchema, response: healthSchema }),
  exportPage: route({ method: 'GET', path: '/api/export', write: false, input: 'query', request: exportPageQuerySchema, response: exportPageSchema }),
  exportRegistries: route({ method: 'GET', path: '/api/export/all', write: false, input: 'none', request: emptySchema, response: registryExportSchema }),
  getKnowledge: route({ method: 'GET', path: '/api/knowledge', write: false, input: 'query', request: z.object({ limitPerPool: queryInt.optional(), promptLimit: queryInt.optional() }), response: knowledgeSchema }),
  listEntries: route({
    method: 'GET', path: '/api/registries/:registry/:aspect', write: false, input: 'query',
    request: z.object({ limit: queryInt.max(100_000).optional(), origin: narrativeOriginSchema.optional() }),
    response: z.array(registryEntrySchema),
  }),

  createJob: route({ method: 'POST', path: '/api/jobs', write: true, input: 'body', request: jobInputSchema, response: jobSchema }),
  listJobs: route({ method: 'GET', path: '/api/jobs', write: false, input: 'query', request: z.object({ limit: queryInt.max(10_000).optional(), status: jobStatusSchema.optional() }), response: z.array(jobSchema) }),
  getJob: route({ method: 'GET', path: jobIdParamPath(), write: false, input: 'none', request: emptySchema, response: jobSchema }),
  updateJob: route({ method: 'PATCH', path: jobIdParamPath(), write: true, input: 'body', request: jobUpdateSchema, response: jobSchema }),
  claimJob: route({ method: 'POST', path: '/api/jobs/claim', write: true, input: 'body', request: claimRequestSchema, response: z.object({ job: jobSchema.nullable() }) }),
  renewLease: route({ method: 'POST', path: jobIdParamPath('/lease'), write: true, input: 'body', request: leaseRenewalSchema.omit({ jobId: true }), response: jobSchema }),
  countJobs: route({ method: 'GET', path: '/api/jobs/counts', write: false, input: 'none', request: emptySchema, response: jobCountsSchema }),

  recordGrowth: route({ method: 'POST', path: '/api/growth', write: true, input: 'body', request: growthRecordSchema, response: growthOutcomeSchema, maxItems: 2_000 }),
  recordLearningRun: route({ method: 'POST', path: '/api/learning-runs', write: true, input: 'body', request: learningRunInputSchema, response: learningRunSchema }),
  getLearningRun: route({ method: 'GET', path: '/api/learning-runs/:jobId', write: false, input: 'none', request: emptySchema, response: learningRunSchema }),
  getDiscoveryRun: route({ method: 'GET', path: '/api/discovery-runs/:jobId', write: false, input: 'none', request: emptySchema, response: discoveryRunSchema }),

  recordPromptGrowth: route({ method: 'POST', path: '/api/prompt-growth', write: true, input: 'body', request: promptGrowthRecordSchema, response: promptGrowthOutcomeSchema }),
  enqueueInterpretation: route({ method: 'POST', path: '/api/interpretations', write: true, input: 'body', request: interpretationInputSchema, response: interpretationRecordSchema }),
  enqueueInterpretations: route({ method: 'POST', path: '/api/interpretations/batch', write: true, input: 'body', request: z.object({ items: z.array(interpretationInputSchema).min(1) }), response: z.object({ items: z.array(interpretationRecordSchema) }), maxItems: 20 }),
  listInterpretations: route({ method: 'GET', path: '/api/interpretations', write: false, input: 'query', request: z.object({ status: z.enum(['pending', 'done']).optional(), limit: queryInt.max(10_000).optional() }), response: z.array(interpretationRecordSchema) }),
  completeInterpretation: route({ method: 'POST', path: '/api/interpretations/:id/complete', write: true, input: 'body', request: z.object({ instruction: instructionSchema }), response: interpretationRecordSchema }),
  backfillInterpretations: route({ method: 'POST', path: '/api/interpretations/backfill', write: true, input: 'body', request: z.object({ limit: z.number().int().positive().max(1_000).default(100) }), response: z.object({ enqueued: z.array(interpretationRecordSchema) }) }),
  listLinguistic: route({ method: 'GET', path: '/api/linguistic', write: false, input: 'none', request: emptySchema, response: z.array(linguisticEntrySchema) }),
  recordPromptGrowthBatch: route({ method: 'POST', path: '/api/linguistic/batch', write: true, input: 'body', request: z.object({ records: z.array(promptGrowthRecordSchema).min(1) }), response: z.object({ outcomes: z.array(promptGrowthOutcomeSchema) }), maxItems: 4 }),

  renameEntry: route({ method: 'POST', path: '/api/registries/rename', write: true, input: 'body', request: renameRequestSchema, response: renameResultSchema }),
  diagnostics: route({ method: 'GET', path: '/api/diagnostics', write: false, input: 'query', request: z.object({ last: queryInt.max(10_000).optional(), staleAfterMs: queryInt.optional() }), response: diagnosticsSchema }),
  backfill: route({ method: 'POST', path: '/api/backfill', write: true, input: 'body', request: backfillQuerySchema, response: backfillResultSchema }),
  loopProgress: route({ method: 'GET', path: '/api/loop-progress', write: false, input: 'none', request: emptySchema, response: loopProgressSchema }),

  uploadClip: route({ method: 'PUT', path: jobIdParamPath('/clip'), write: true, input: 'none', request: emptySchema, response: clipInfoSchema }),
  downloadClip: route({ method: 'GET', path: jobIdParamPath('/clip'), write: false, input: 'none', request: emptySchema, response: z.unknown() }),
  metrics: route({ method: 'GET', path: '/api/metrics', write: false, input: 'none', request: emptySchema, response: z.string() }),
} as const;

export type RegistryApi = typeof registryApi;
export type RegistryApiRouteName = keyof RegistryApi;

/** Fills a route's `:name` segments, each percent-encoded (`/api/jobs/:id` → `/api/jobs/job%2F1`). */
export function fillApiPath(path: string, parameters: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw invalidInput('api', `missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/** The path parameters of `listEntries`, checked by the service on the path segments. */
export const registryPathSchema = z.object({ registry: registryKindSchema, aspect: z.string().min(1) });
