import { z } from 'zod';
import { cameraDirectionSchema, cameraMotionSchema, gradientTypeSchema, transitionTypeSchema } from '../origins/origins.js';
import { rgbSchema, soundPrimitiveSchema } from '../origins/primitives.js';
import { schemaVersionSchema, soundMixSchema } from './common.js';
import { sceneSpecSchema } from './scene-spec.js';

/**
 * The ground truth `@motionreg/render` writes next to every clip (`<clip>.truth.json`): what was placed in
 * each video frame and mixed in each audio frame, the camera path, shots and transitions, and the spec.
 * Extraction's round-trip tests read it; this schema lives here so `@motionreg/extract` never depends on
 * `@motionreg/render`.
 *
 * Camera convention: a world point `w` appears on screen at `centre + scale · R(rotationDegrees) · (w − (x, y))`,
 * in pixels with y pointing down, where `R(θ)` turns clockwise on screen for positive θ. So when the camera
 * `x` grows the content moves left (a pan right), when `y` shrinks the content moves down (a tilt up), when
 * `scale` grows the content grows (zoom in), and when `rotationDegrees` grows the content turns clockwise.
 */

/** A pure colour placed in one frame and the share of the frame's pixels it covers (exact, before encoding). */
export const truthColorSchema = z.object({
  name: z.string().min(1),
  rgb: rgbSchema,
  /** Share of the frame's pixels, 0–1. */
  share: z.number().min(0).max(1),
});
export type TruthColor = z.infer<typeof truthColorSchema>;

/** The camera of one frame (see the convention above). */
export const cameraTransformSchema = z.object({
  /** Camera position in world pixels. */
  x: z.number(),
  y: z.number(),
  /** Screen pixels per world pixel (> 1 shows content larger). */
  scale: z.number().positive(),
  /** Positive turns the content clockwise on screen. */
  rotationDegrees: z.number(),
});
export type CameraTransform = z.infer<typeof cameraTransformSchema>;

/** One video frame as rendered. */
export const truthFrameSchema = z.object({
  index: z.number().int().nonnegative(),
  /** Start time in seconds (index / fps). */
  time: z.number().nonnegative(),
  /** Shot index, 0-based: the shot whose span holds the frame (a transition's second half belongs to the next shot). */
  shot: z.number().int().nonnegative(),
  camera: cameraTransformSchema,
  /** A gradual transition under way in this frame, with its progress 0–1. */
  transition: z.object({ type: transitionTypeSchema, progress: z.number().min(0).max(1) }).nullable(),
  /**
   * True when every pixel of the frame holds exactly one of `colors` (pure-per-frame mode outside fades and
   * dissolves). False frames list no colours: their pixels are blends (gradients, fades, dissolves).
   */
  exact: z.boolean(),
  /** The pure colours placed, largest share first; shares sum to 1 when `exact`. */
  colors: z.array(truthColorSchema),
  /** Share of the frame's cells whose colour changed since the previous frame of the same shot (content motion). */
  changedShare: z.number().min(0).max(1),
  /** The gradient drawn in blended mode, else null. */
  gradient: gradientTypeSchema.nullable(),
});
export type TruthFrame = z.infer<typeof truthFrameSchema>;

/** One pure sound as mixed into one audio frame. */
export const truthSoundSchema = z.object({
  name: z.string().min(1),
  primitive: soundPrimitiveSchema,
  frequencyHz: z.number().nonnegative(),
  /** RMS level in dBFS this sound contributes over the frame (−120 when silent). */
  levelDb: z.number(),
  /** True for the frame's designated dominant sound. */
  lead: z.boolean(),
});
export type TruthSound = z.infer<typeof truthSoundSchema>;

/** One audio frame (the samples of one video frame's duration) as mixed. */
export const truthAudioFrameSchema = z.object({
  index: z.number().int().nonnegative(),
  /** First sample (inclusive) and last (exclusive) at `audio.sampleRate`. */
  startSample: z.number().int().nonnegative(),
  endSample: z.number().int().nonnegative(),
  sounds: z.array(truthSoundSchema),
  /** The blended layer in this frame: a melody note and whether a beat (pulse accent) starts here. */
  melody: z.object({ frequencyHz: z.number().positive(), levelDb: z.number() }).nullable(),
  beat: z.boolean(),
  /**
   * Shares of the mixed frame by primitive (sum 1): silence takes 1 at or below −60 dBFS, 0 from −45 dBFS
   * and a linear share between; the rest is split by the energy of the synthesised rumble, tone and hiss.
   */
  energy: soundMixSchema,
  /** The primitive with the largest share in `energy`. */
  dominant: soundPrimitiveSchema,
  /** The dominant's share in `energy`: how clear the dominance is. */
  dominantShare: z.number().min(0).max(1),
  /** RMS level of the mixed frame in dBFS (−120 for digital silence). */
  rmsDb: z.number(),
});
export type TruthAudioFrame = z.infer<typeof truthAudioFrameSchema>;

/** One shot: its frames and the camera class a global-motion estimate should read in it. */
export const truthShotSchema = z.object({
  index: z.number().int().nonnegative(),
  startFrame: z.number().int().nonnegative(),
  /** Exclusive. */
  endFrame: z.number().int().nonnegative(),
  /** The spec's camera motion as rendered. */
  motion: cameraMotionSchema,
  /**
   * What the motion looks like to a global-motion estimate: static, pan, tilt, zoom, zoom_out, rotate,
   * handheld or whip_pan (a truck reads as a pan, a dolly in as a zoom, a roll as a rotate...).
   */
  observedType: cameraMotionSchema,
  direction: cameraDirectionSchema,
  /** Apparent motion as a share of the frame diagonal per second (largest of translation, zoom, rotation). */
  rate: z.number().nonnegative(),
});
export type TruthShot = z.infer<typeof truthShotSchema>;

/** A gradual transition between shots (or from/to black at the clip's ends). */
export const truthTransitionSchema = z.object({
  type: transitionTypeSchema,
  startFrame: z.number().int().nonnegative(),
  /** Exclusive. */
  endFrame: z.number().int().nonnegative(),
});
export type TruthTransition = z.infer<typeof truthTransitionSchema>;

/** The ground truth of one rendered clip. */
export const clipTruthSchema = z.object({
  schemaVersion: schemaVersionSchema,
  /** File name of the clip, relative to this truth file. */
  clip: z.string().min(1),
  spec: sceneSpecSchema,
  video: z.object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    fps: z.number().positive(),
    frameCount: z.number().int().positive(),
    durationSeconds: z.number().positive(),
    /** Edge of a world cell in pixels at camera scale 1 (the render option times the framing factor). */
    cellSize: z.number().int().positive(),
    /** Pixels per side of the square blocks the frame is sampled in (every block holds one colour). */
    blockSize: z.number().int().positive(),
    codec: z.literal('h264'),
    pixelFormat: z.literal('yuv420p'),
    crf: z.number().int().min(0).max(51),
    x264Params: z.string(),
  }),
  audio: z.object({
    codec: z.literal('aac'),
    sampleRate: z.number().int().positive(),
    channels: z.literal(1),
    bitrate: z.string(),
    /** Beats per minute of the pulse, or null when the clip has none. */
    tempoBpm: z.number().positive().nullable(),
    /** Beat times in seconds (each the start of the audio frame that carries it). */
    beats: z.array(z.number().nonnegative()),
  }),
  shots: z.array(truthShotSchema).min(1),
  /** Frame indices at which a hard cut starts a new shot. */
  cuts: z.array(z.number().int().nonnegative()),
  transitions: z.array(truthTransitionSchema),
  frames: z.array(truthFrameSchema),
  audioFrames: z.array(truthAudioFrameSchema),
});
export type ClipTruth = z.infer<typeof clipTruthSchema>;
