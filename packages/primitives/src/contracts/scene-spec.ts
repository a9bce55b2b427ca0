import { z } from 'zod';
import {
  audioMoodSchema, audioPresenceSchema, audioTempoSchema, balanceSchema, cameraDirectionSchema, cameraMotionSchema,
  cameraSpeedSchema, cameraSteadinessSchema, colorTemperatureSchema, contrastRatioSchema, cutFrequencySchema, framingSchema,
  genreSchema, gradientTypeSchema, lightingPresetSchema, motionAccelerationSchema, motionDirectionSchema,
  motionRhythmSchema, motionSmoothnessSchema, motionSpeedSchema, sceneTypeSchema, settingSchema,
  shapeOverlaySchema, styleSchema, symmetrySchema, tensionCurveSchema, themeSchema, toneSchema,
  transitionTypeSchema,
} from '../origins/origins.js';
import { rgbSchema, soundPrimitiveSchema } from '../origins/primitives.js';
import { schemaVersionSchema, soundMixSchema } from './common.js';

/** Where a creative choice came from: an origin vocabulary, the instruction, or a registry entry. */
export const choiceSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('origin'), domain: z.string().min(1) }),
  z.object({ kind: z.literal('instruction'), field: z.string().min(1) }),
  z.object({
    kind: z.literal('registry'),
    /** Registry aspect, e.g. `colors`, `sound`, `motion`, `camera`. */
    aspect: z.string().min(1),
    key: z.string().min(1),
    name: z.string().min(1),
    count: z.number().int().nonnegative(),
  }),
]);
export type ChoiceSource = z.infer<typeof choiceSourceSchema>;

/** One provenance record: which spec field took which value from where. */
export const provenanceSchema = z.object({
  field: z.string().min(1),
  value: z.string(),
  source: choiceSourceSchema,
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A pure colour the renderer may place, with its relative placement weight. */
export const pureColorSchema = z.object({
  name: z.string().min(1),
  rgb: rgbSchema,
  weight: z.number().positive(),
  source: choiceSourceSchema,
});
export type PureColor = z.infer<typeof pureColorSchema>;

/**
 * A pure sound the renderer may mix into an audio frame: a primitive with its parameters.
 * `frequencyHz` is the tone frequency, or the band centre for rumble and hiss.
 */
export const pureSoundSchema = z.object({
  name: z.string().min(1),
  primitive: soundPrimitiveSchema,
  frequencyHz: z.number().nonnegative(),
  bandwidthHz: z.number().nonnegative(),
  /** Linear amplitude 0–1 of this sound at full gain. */
  amplitude: z.number().min(0).max(1),
  weight: z.number().positive(),
  source: choiceSourceSchema,
  /**
   * For a discovered (registry) sound: its measured shares of the four primitives. The renderer synthesises
   * each primitive at its share of the energy; absent for an origin primitive (all energy in `primitive`).
   */
  mix: soundMixSchema.optional(),
});
export type PureSound = z.infer<typeof pureSoundSchema>;

export const creationModes = ['pure_per_frame', 'blended'] as const;
export const creationModeSchema = z.enum(creationModes);
export type CreationMode = z.infer<typeof creationModeSchema>;
export const creationStrategies = ['explore', 'exploit'] as const;
export const creationStrategySchema = z.enum(creationStrategies);
export type CreationStrategy = z.infer<typeof creationStrategySchema>;

/** A shot boundary: where the next shot starts and how the clip gets there. */
export const sceneCutSchema = z.object({
  /** Seconds from the start of the clip at which the next shot is fully on screen (the middle of a gradual transition). */
  atSeconds: z.number().positive(),
  transition: transitionTypeSchema,
  /** Length of a gradual transition (0 for a hard cut). */
  durationSeconds: z.number().nonnegative(),
});
export type SceneCut = z.infer<typeof sceneCutSchema>;

/**
 * Everything the renderer needs to make a clip, and everything extraction may compare against
 * ("intended"). Built by `@motionreg/create` from an instruction plus registry knowledge.
 */
export const sceneSpecSchema = z.object({
  schemaVersion: schemaVersionSchema,
  prompt: z.string(),
  seed: z.number().int().nonnegative(),
  strategy: creationStrategySchema,
  creationMode: creationModeSchema,
  durationSeconds: z.number().positive(),
  /** Palette stops for blended mode and hints; pure colours for pure_per_frame mode. */
  palette: z.array(z.object({ name: z.string().min(1), rgb: rgbSchema })).min(1),
  pureColors: z.array(pureColorSchema),
  pureSounds: z.array(pureSoundSchema),
  motion: z.object({
    speed: motionSpeedSchema,
    smoothness: motionSmoothnessSchema,
    direction: motionDirectionSchema,
    rhythm: motionRhythmSchema,
    acceleration: motionAccelerationSchema,
  }),
  camera: z.object({
    motion: cameraMotionSchema,
    speed: cameraSpeedSchema,
    steadiness: cameraSteadinessSchema,
    /**
     * Which way the camera moves (pan right = the camera turns right, so content moves left; tilt up =
     * content moves down; `in` = content grows). Absent means the renderer's documented default.
     */
    direction: cameraDirectionSchema.optional(),
  }),
  gradient: gradientTypeSchema,
  shape: shapeOverlaySchema,
  lighting: z.object({ preset: lightingPresetSchema, temperature: colorTemperatureSchema, contrast: contrastRatioSchema }),
  composition: z.object({ framing: framingSchema, balance: balanceSchema, symmetry: symmetrySchema }),
  audio: z.object({
    mood: audioMoodSchema,
    tempo: audioTempoSchema,
    presence: audioPresenceSchema,
    /** Beats per minute of the blended layer's pulse; null when presence has no pulse. */
    bpm: z.number().positive().nullable(),
  }),
  narrative: z.object({
    genre: genreSchema,
    tone: toneSchema,
    style: styleSchema,
    settings: z.array(settingSchema),
    themes: z.array(themeSchema),
    sceneType: sceneTypeSchema,
    tensionCurve: tensionCurveSchema,
  }),
  transition: z.object({ in: transitionTypeSchema, out: transitionTypeSchema }),
  /** Shots within the clip: how often it cuts, and each boundary. Absent means one shot. */
  temporal: z
    .object({
      cutFrequency: cutFrequencySchema,
      cuts: z.array(sceneCutSchema),
    })
    .optional(),
  intensity: z.number().min(0).max(1),
  provenance: z.array(provenanceSchema),
});
export type SceneSpec = z.infer<typeof sceneSpecSchema>;
