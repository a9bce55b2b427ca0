import { z } from 'zod';
import { colorPrimitiveNameSchema, rgbSchema, soundPrimitiveSchema } from '../origins/primitives.js';

/** The version of every contract in this folder. Stored records carry it as `schemaVersion`. */
export const CONTRACT_VERSION = 1 as const;
export const schemaVersionSchema = z.literal(CONTRACT_VERSION);

/** A colour with a human name. */
export const namedColorSchema = z.object({ name: z.string().min(1), rgb: rgbSchema });
export type NamedColor = z.infer<typeof namedColorSchema>;

/**
 * The one depth concept for colour: the composition of a colour as percentages of the 16 colour
 * primitives (at most four non-zero, summing to 100). Keys are primitive names.
 */
export const colorDepthSchema = z.record(colorPrimitiveNameSchema, z.number().min(0).max(100));
export type ColorDepthBreakdown = z.infer<typeof colorDepthSchema>;

/** Shares (0–1, summing to 1) of the four sound primitives in a sound. */
export const soundMixSchema = z.object({
  silence: z.number().min(0).max(1),
  rumble: z.number().min(0).max(1),
  tone: z.number().min(0).max(1),
  hiss: z.number().min(0).max(1),
});
export type SoundMix = z.infer<typeof soundMixSchema>;

/** The depth of a sound: its primitive percentages (sum 100) and a strength 0–100. */
export const soundDepthSchema = z.object({
  silence: z.number().min(0).max(100),
  rumble: z.number().min(0).max(100),
  tone: z.number().min(0).max(100),
  hiss: z.number().min(0).max(100),
  strengthPct: z.number().min(0).max(100),
});
export type SoundDepth = z.infer<typeof soundDepthSchema>;

export { soundPrimitiveSchema };

/** ISO-8601 timestamp string. */
export const isoTimestampSchema = z.string().datetime({ offset: true });
