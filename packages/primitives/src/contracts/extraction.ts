import { z } from 'zod';
import {
  audioPresenceSchema, audioTempoSchema, balanceSchema, cameraDirectionSchema, cameraMotionSchema,
  colorTemperatureSchema, motionDirectionSchema, motionSpeedSchema, observedGradientTypeSchema, settingSchema,
  symmetrySchema, toneSchema, transitionTypeSchema,
} from '../origins/origins.js';
import { rgbSchema, soundPrimitiveSchema } from '../origins/primitives.js';
import { colorDepthSchema, schemaVersionSchema, soundMixSchema } from './common.js';

/** What was read from the file's container and streams. */
export const sourceInfoSchema = z.object({
  path: z.string(),
  durationSeconds: z.number().nonnegative(),
  fps: z.number().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Frames decoded (each once, in presentation order). */
  frameCount: z.number().int().nonnegative(),
  /** Frames the container's header implies (its duration × its frame rate), when it declares a duration. */
  declaredFrameCount: z.number().int().nonnegative().optional(),
  /** True when the frames' own timestamps are not evenly spaced (a variable-frame-rate file). */
  variableFrameRate: z.boolean().optional(),
  hasAudio: z.boolean(),
  videoCodec: z.string().optional(),
  audioCodec: z.string().optional(),
  audioSampleRate: z.number().int().positive().optional(),
});
export type SourceInfo = z.infer<typeof sourceInfoSchema>;

/** A dominant colour of one frame. */
export const frameColorSchema = z.object({
  rgb: rgbSchema,
  /** Share of the frame's pixels, 0–1. */
  coverage: z.number().min(0).max(1),
  depth: colorDepthSchema,
  /** The registry entry it matched within the documented CIEDE2000 tolerance, if any. */
  name: z.string().optional(),
  registryKey: z.string().optional(),
});
export type FrameColor = z.infer<typeof frameColorSchema>;

/** The sound of one frame's own slice of decoded audio. */
export const frameSoundSchema = z.object({
  dominant: soundPrimitiveSchema,
  mix: soundMixSchema,
  rmsDb: z.number(),
  strengthPct: z.number().min(0).max(100),
  centroidHz: z.number().nonnegative(),
  flatness: z.number().min(0).max(1),
  lowBandShare: z.number().min(0).max(1),
  /** Frequency of the strongest spectral bin. */
  peakHz: z.number().nonnegative(),
  /** Share (0–1) of the slice's spectral energy in the strongest peak's main lobe (1 = a pure tone). */
  peakStrength: z.number().min(0),
});
export type FrameSound = z.infer<typeof frameSoundSchema>;

/** Per-frame pure (static) measurements. */
export const frameMeasurementSchema = z.object({
  index: z.number().int().nonnegative(),
  time: z.number().nonnegative(),
  brightness: z.number().min(0).max(1),
  colors: z.array(frameColorSchema),
  sound: frameSoundSchema.nullable(),
});
export type FrameMeasurement = z.infer<typeof frameMeasurementSchema>;

export const compositionMeasurementSchema = z.object({
  centerOfMass: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]),
  balance: balanceSchema,
  symmetry: symmetrySchema,
  /** 0–1 mirror similarity (1 = perfectly left–right symmetric). */
  symmetryScore: z.number().min(0).max(1),
});
export type CompositionMeasurement = z.infer<typeof compositionMeasurementSchema>;

/** Per-window blended (dynamic) measurements. `endFrame` is the window's last frame (inclusive). */
export const windowMeasurementSchema = z.object({
  startFrame: z.number().int().nonnegative(),
  endFrame: z.number().int().nonnegative(),
  /** Seconds from the clip start to the window's first frame, and past its last frame. */
  startTime: z.number().nonnegative().optional(),
  endTime: z.number().nonnegative().optional(),
  camera: z.object({
    type: cameraMotionSchema,
    direction: cameraDirectionSchema,
    /** Mean global translation in pixels per frame, (+x right, +y down) of image content. */
    translation: z.tuple([z.number(), z.number()]).optional(),
    /** Mean scale change per frame (1 = none; > 1 content grows). */
    scale: z.number().optional(),
    /** Mean rotation per frame in degrees (+ = content turns clockwise). */
    rotationDegrees: z.number().optional(),
    /** Apparent camera motion: share of the frame diagonal a corner moves per second (largest component). */
    rate: z.number().min(0).optional(),
    /** False when the frames had too little texture to measure motion (read as static). */
    observable: z.boolean().optional(),
  }),
  motion: z.object({ speed: motionSpeedSchema, direction: motionDirectionSchema, energy: z.number().min(0) }),
  gradient: z.object({ type: observedGradientTypeSchema, strength: z.number().min(0).optional() }),
  lighting: z.object({
    brightness: z.number().min(0).max(1),
    contrast: z.number().min(0).max(1),
    temperature: colorTemperatureSchema,
    saturation: z.number().min(0).max(1).optional(),
    /** Mean (a* + b*)/√2 in CIE Lab: > 0 warm (red–yellow), < 0 cool (cyan–blue); `temperature` is read from it. */
    warmth: z.number().optional(),
  }),
  composition: compositionMeasurementSchema,
  audio: z
    .object({
      tempo: audioTempoSchema,
      presence: audioPresenceSchema,
      dominant: soundPrimitiveSchema.optional(),
      /** Mean per-frame mix over the window. */
      mix: soundMixSchema.optional(),
    })
    .nullable(),
});
export type WindowMeasurement = z.infer<typeof windowMeasurementSchema>;

/** A gradual transition found in the clip. */
export const transitionMeasurementSchema = z.object({
  type: transitionTypeSchema,
  startFrame: z.number().int().nonnegative(),
  endFrame: z.number().int().nonnegative(),
  /** Presentation times (seconds) of `startFrame` and `endFrame`. */
  startTime: z.number().nonnegative().optional(),
  endTime: z.number().nonnegative().optional(),
});
export type TransitionMeasurement = z.infer<typeof transitionMeasurementSchema>;

/** Narrative, intended (spec + prompt) and observed (measured), never merged. */
export const narrativeReadingSchema = z.object({
  genre: z.string().optional(),
  mood: toneSchema.optional(),
  plots: z.string().optional(),
  settings: z.array(settingSchema).optional(),
  themes: z.array(z.string()).optional(),
  style: z.string().optional(),
  sceneType: z.string().optional(),
  pace: z.enum(['still', 'slow', 'moderate', 'fast']).optional(),
});
export type NarrativeReading = z.infer<typeof narrativeReadingSchema>;

/** Everything measured in one clip. */
export const extractionSchema = z.object({
  schemaVersion: schemaVersionSchema,
  source: sourceInfoSchema,
  frames: z.array(frameMeasurementSchema),
  windows: z.array(windowMeasurementSchema),
  /** Frame indices where a hard cut starts the new shot. */
  cuts: z.array(z.number().int().nonnegative()),
  /** Presentation time (seconds) of each cut's first frame, in the order of `cuts`. */
  cutTimes: z.array(z.number().nonnegative()).optional(),
  transitions: z.array(transitionMeasurementSchema),
  audio: z
    .object({
      tempoBpm: z.number().positive().nullable(),
      /** How well the onsets fit the tempo's grid (0–1); absent without a pulse. */
      tempoScore: z.number().min(0).max(1).optional(),
      onsetCount: z.number().int().nonnegative().optional(),
    })
    .nullable(),
  narrative: z.object({
    intended: narrativeReadingSchema.nullable(),
    observed: narrativeReadingSchema,
  }),
  summary: z.object({
    meanBrightness: z.number().min(0).max(1),
    dominantColors: z.array(frameColorSchema),
    dominantSound: soundPrimitiveSchema.nullable(),
    cameraTypes: z.array(cameraMotionSchema),
    meanContrast: z.number().min(0).max(1).optional(),
    cutsPerMinute: z.number().min(0).optional(),
  }),
  /** True when the file could not be decoded whole (cut short or damaged): the measurements cover what decoded. */
  partial: z.boolean().optional(),
  /** What a reader of the measurements should know (a damaged file, frames missing against the header). */
  warnings: z.array(z.string()).optional(),
  /** The extraction settings that produced this record (window length, tolerances, sampling). */
  parameters: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
});
export type Extraction = z.infer<typeof extractionSchema>;

/**
 * One line of an extraction written as JSON Lines (long videos in bounded memory): every frame's record as
 * it is measured, then every window's, then the extraction itself with `frames` and `windows` empty.
 */
export const extractionLineSchema = z.discriminatedUnion('type', [
  frameMeasurementSchema.extend({ type: z.literal('frame') }),
  windowMeasurementSchema.extend({ type: z.literal('window') }),
  extractionSchema.extend({ type: z.literal('extraction') }),
]);
export type ExtractionLine = z.infer<typeof extractionLineSchema>;
