import { z } from 'zod';
import { isoTimestampSchema, schemaVersionSchema } from './common.js';
import { linguisticEntrySchema, registryEntrySchema } from './registry.js';

/**
 * What creation reads from the registries: every learned pool with counts and last-seen times, so
 * `@motionreg/create` can favour underused or recent entries. Origins are not repeated here: they
 * are constants of `@motionreg/primitives` and always part of every pool.
 */
export const knowledgeSchema = z.object({
  schemaVersion: schemaVersionSchema,
  generatedAt: isoTimestampSchema,
  static: z.object({
    colors: z.array(registryEntrySchema),
    sound: z.array(registryEntrySchema),
  }),
  dynamic: z.object({
    motion: z.array(registryEntrySchema),
    gradient: z.array(registryEntrySchema),
    camera: z.array(registryEntrySchema),
    sound: z.array(registryEntrySchema),
    lighting: z.array(registryEntrySchema),
    composition: z.array(registryEntrySchema),
    temporal: z.array(registryEntrySchema),
    transition: z.array(registryEntrySchema),
    blends: z.array(registryEntrySchema),
  }),
  narrative: z.record(z.string(), z.array(registryEntrySchema)),
  linguistic: z.array(linguisticEntrySchema),
  /** Earlier prompts, newest first, for prompt generation and exploit picks. */
  prompts: z.array(z.object({ prompt: z.string(), count: z.number().int().positive(), lastSeenAt: isoTimestampSchema })),
});
export type Knowledge = z.infer<typeof knowledgeSchema>;

/** Knowledge with every pool empty: what a brand-new registry knows (origins only). */
export function emptyKnowledge(now: Date = new Date()): Knowledge {
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    static: { colors: [], sound: [] },
    dynamic: { motion: [], gradient: [], camera: [], sound: [], lighting: [], composition: [], temporal: [], transition: [], blends: [] },
    narrative: {},
    linguistic: [],
    prompts: [],
  };
}
