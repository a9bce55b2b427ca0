import { z } from 'zod';
import { narrativeAspectSchema } from '../origins/origins.js';
import { rgbSchema, soundPrimitiveSchema } from '../origins/primitives.js';
import { colorDepthSchema, isoTimestampSchema, schemaVersionSchema, soundMixSchema } from './common.js';
import { instructionSchema, linguisticDomainSchema, mappingKindSchema } from './instruction.js';
import { sceneSpecSchema } from './scene-spec.js';

/** The registries: static (pure, one frame), dynamic (blended, windows), narrative (semantic). */
export const registryKinds = ['static', 'dynamic', 'narrative'] as const;
export const registryKindSchema = z.enum(registryKinds);
export type RegistryKind = z.infer<typeof registryKindSchema>;

export const staticAspects = ['colors', 'sound'] as const;
export const dynamicAspects = [
  'motion', 'gradient', 'camera', 'sound', 'lighting', 'composition', 'temporal', 'transition', 'blends',
] as const;
export const staticAspectSchema = z.enum(staticAspects);
export const dynamicAspectSchema = z.enum(dynamicAspects);
export type StaticAspect = z.infer<typeof staticAspectSchema>;
export type DynamicAspect = z.infer<typeof dynamicAspectSchema>;

/** Identifies one registry: its kind and aspect, e.g. `{ registry: 'dynamic', aspect: 'camera' }`. */
export const registryAddressSchema = z.discriminatedUnion('registry', [
  z.object({ registry: z.literal('static'), aspect: staticAspectSchema }),
  z.object({ registry: z.literal('dynamic'), aspect: dynamicAspectSchema }),
  z.object({ registry: z.literal('narrative'), aspect: narrativeAspectSchema }),
]);
export type RegistryAddress = z.infer<typeof registryAddressSchema>;

/** Narrative entries say whether they were meant (spec + prompt) or seen (measured in the video). */
export const narrativeOrigins = ['intended', 'observed'] as const;
export const narrativeOriginSchema = z.enum(narrativeOrigins);
export type NarrativeOrigin = z.infer<typeof narrativeOriginSchema>;

/**
 * One registry entry. `key` is the quantised measurement (the novelty test); `name` is an authentic,
 * unique human name; `count` is exact; `depth` is the one depth concept for its domain (percentages
 * summing to 100); `value` holds the aspect's measured payload.
 */
export const registryEntrySchema = z.object({
  schemaVersion: schemaVersionSchema,
  registry: registryKindSchema,
  aspect: z.string().min(1),
  key: z.string().min(1),
  name: z.string().min(1),
  count: z.number().int().positive(),
  depth: z.record(z.string(), z.number().min(0).max(100)),
  value: z.record(z.string(), z.unknown()),
  /** Job ids (or other source ids) that contributed, oldest first. */
  sources: z.array(z.string()),
  origin: narrativeOriginSchema.optional(),
  firstSeenAt: isoTimestampSchema,
  lastSeenAt: isoTimestampSchema,
});
export type RegistryEntry = z.infer<typeof registryEntrySchema>;

/** A static colour's payload. */
export const colorValueSchema = z.object({ rgb: rgbSchema, depth: colorDepthSchema });
/** A static sound's payload. */
export const soundValueSchema = z.object({ mix: soundMixSchema, dominant: soundPrimitiveSchema, strengthPct: z.number().min(0).max(100) });

/** A linguistic registry entry: span → canonical within one domain. */
export const linguisticEntrySchema = z.object({
  span: z.string().min(1),
  canonical: z.string().min(1),
  domain: linguisticDomainSchema,
  kind: mappingKindSchema,
  count: z.number().int().positive(),
});
export type LinguisticEntry = z.infer<typeof linguisticEntrySchema>;

export const interpretationStatuses = ['pending', 'done'] as const;
export const interpretationRecordSchema = z.object({
  id: z.string().min(1),
  prompt: z.string(),
  source: z.string().min(1),
  status: z.enum(interpretationStatuses),
  instruction: instructionSchema.nullable(),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
});
export type InterpretationRecord = z.infer<typeof interpretationRecordSchema>;

export const jobStatuses = ['pending', 'rendered', 'extracted', 'completed', 'failed'] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** A job: one prompt through the pipeline. */
export const jobSchema = z.object({
  schemaVersion: schemaVersionSchema,
  id: z.string().min(1),
  prompt: z.string(),
  status: jobStatusSchema,
  workflow: z.string().optional(),
  clipPath: z.string().nullable(),
  /** Why the job failed (status `failed`), the failing step's one-line error; `null` otherwise. */
  error: z.string().nullable().default(null),
  /** The worker holding the job's claim lease (`claimJob`), `null` when unclaimed. */
  leaseOwner: z.string().nullable().default(null),
  /** When the claim lease ends; after it the job can be claimed again while still `pending`. */
  leaseExpiresAt: isoTimestampSchema.nullable().default(null),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
});
export type Job = z.infer<typeof jobSchema>;

/** What a completed job learned: the spec it rendered and a summary of what was measured. */
export const learningRunSchema = z.object({
  schemaVersion: schemaVersionSchema,
  jobId: z.string().min(1),
  prompt: z.string(),
  spec: sceneSpecSchema.nullable(),
  summary: z.record(z.string(), z.unknown()),
  backfilled: z.boolean(),
  createdAt: isoTimestampSchema,
});
export type LearningRun = z.infer<typeof learningRunSchema>;

/** What a job's growth did to the registries: how many entries it added and how many it counted. */
export const discoveryRunSchema = z.object({
  schemaVersion: schemaVersionSchema,
  jobId: z.string().min(1),
  focus: z.enum(['frame', 'window', 'all']),
  added: z.number().int().nonnegative(),
  counted: z.number().int().nonnegative(),
  byAspect: z.record(z.string(), z.object({ added: z.number().int().nonnegative(), counted: z.number().int().nonnegative() })),
  backfilled: z.boolean(),
  createdAt: isoTimestampSchema,
});
export type DiscoveryRun = z.infer<typeof discoveryRunSchema>;
