import { z } from 'zod';
import { narrativeAspects } from '../origins/origins.js';
import { rgbSchema, soundPrimitiveSchema } from '../origins/primitives.js';
import { colorDepthSchema, isoTimestampSchema, schemaVersionSchema } from './common.js';
import { interpretationRecordSchema, linguisticEntrySchema, narrativeOriginSchema, registryEntrySchema } from './registry.js';

/**
 * One exported registry entry. `key` is the quantised measurement (the novelty test), `name` the
 * unique, digit-free human name, `count` the exact number of sightings, `depth` the one depth concept
 * of its domain (percentages summing to 100), `value` the aspect's measured payload, and `sources`
 * the job ids that saw it, oldest first: the registry entry without its address (the export groups
 * entries by registry and aspect).
 */
export const exportEntrySchema = registryEntrySchema.pick({
  key: true, name: true, count: true, depth: true, value: true, sources: true, firstSeenAt: true, lastSeenAt: true,
});
export type ExportEntry = z.infer<typeof exportEntrySchema>;

/** A static colour: its canonical RGB and its 16-primitive depth (summing to 100). */
export const colorExportEntrySchema = exportEntrySchema.extend({ rgb: rgbSchema, depth: colorDepthSchema });
export type ColorExportEntry = z.infer<typeof colorExportEntrySchema>;

/** A static sound: its dominant primitive, strength, and its depth over silence, rumble, tone and hiss. */
export const soundExportEntrySchema = exportEntrySchema.extend({
  dominant: soundPrimitiveSchema,
  strengthPct: z.number().min(0).max(100),
});
export type SoundExportEntry = z.infer<typeof soundExportEntrySchema>;

/** A narrative entry, always labelled with where it came from: meant (spec + prompt) or measured. */
export const narrativeExportEntrySchema = exportEntrySchema.extend({ origin: narrativeOriginSchema });
export type NarrativeExportEntry = z.infer<typeof narrativeExportEntrySchema>;

const narrativeExportShape = Object.fromEntries(
  narrativeAspects.map((aspect) => [aspect, z.array(narrativeExportEntrySchema)]),
) as Record<(typeof narrativeAspects)[number], z.ZodArray<typeof narrativeExportEntrySchema>>;

/**
 * Every registry as one JSON document (`exportRegistries()`): static colours and sound, every
 * dynamic aspect (per-window gradient, camera and sound discoveries included, never a separate
 * table left out), narrative per aspect with its origin, the linguistic registry and the
 * interpretations. Nothing is sampled: `totals` are true counts.
 */
export const registryExportSchema = z.object({
  schemaVersion: schemaVersionSchema,
  exportedAt: isoTimestampSchema,
  static: z.object({
    colors: z.array(colorExportEntrySchema),
    sound: z.array(soundExportEntrySchema),
  }),
  dynamic: z.object({
    motion: z.array(exportEntrySchema),
    gradient: z.array(exportEntrySchema),
    camera: z.array(exportEntrySchema),
    sound: z.array(exportEntrySchema),
    lighting: z.array(exportEntrySchema),
    composition: z.array(exportEntrySchema),
    temporal: z.array(exportEntrySchema),
    transition: z.array(exportEntrySchema),
    blends: z.array(exportEntrySchema),
  }),
  narrative: z.object(narrativeExportShape),
  linguistic: z.array(linguisticEntrySchema),
  interpretations: z.array(interpretationRecordSchema),
  totals: z.object({
    entries: z.number().int().nonnegative(),
    jobs: z.number().int().nonnegative(),
    learningRuns: z.number().int().nonnegative(),
    discoveryRuns: z.number().int().nonnegative(),
    linguistic: z.number().int().nonnegative(),
    interpretations: z.number().int().nonnegative(),
  }),
});
export type RegistryExport = z.infer<typeof registryExportSchema>;
