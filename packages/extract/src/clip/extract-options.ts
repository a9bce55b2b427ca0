import type { FrameMeasurement, SceneSpec, WindowMeasurement } from '@motionreg/primitives';
import type { KnownColor } from '../color/color-namer.js';
import type { DominantColorOptions } from '../color/dominant-colors.js';
import type { FrameSamplerOptions } from '../color/frame-sampler.js';
import type { ShotBoundaryOptions } from '../cuts/shot-boundary-detector.js';
import type { CameraThresholds, MotionSpeedThresholds } from '../motion/classify-camera.js';
import type { FrameSoundOptions } from '../sound/frame-sound.js';
import type { EstimateTempoOptions } from '../tempo/estimate-tempo.js';
import type { GradientThresholds } from '../window/frame-features.js';
import type { WindowThresholds } from '../window/summarize-window.js';

/** Options for `extractClip`. Every threshold has a documented default (package README). */
export interface ExtractClipOptions {
  /** Window length in seconds for blended (dynamic) measurements. @default 0.5 */
  windowSeconds?: number;
  /** Registry colours a measured colour may be named after. @default the 16 colour primitives */
  knownColors?: readonly KnownColor[];
  /** CIEDE2000 within which a measured colour takes a known colour's name. @default 3 */
  colorNameTolerance?: number;
  colors?: DominantColorOptions;
  sampling?: FrameSamplerOptions;
  camera?: CameraThresholds;
  motionSpeed?: MotionSpeedThresholds;
  gradient?: GradientThresholds;
  window?: WindowThresholds;
  shots?: ShotBoundaryOptions;
  sound?: FrameSoundOptions;
  tempo?: EstimateTempoOptions;
  /** Rate the audio is resampled to before analysis. @default 48000 */
  audioSampleRate?: number;
  /** The spec the clip was made from, for the intended narrative. */
  spec?: SceneSpec;
  /** The prompt the clip was made from, for the intended narrative when there is no spec. */
  prompt?: string;
  /** Explicit ffmpeg path (see `resolveFfmpeg`). */
  ffmpegPath?: string;
  /**
   * Called after each decoded frame is measured, e.g. to drive a progress bar. `durationSeconds` is the
   * container's (0 when it declares none); `time` is the frame's own time.
   */
  onProgress?: (progress: ExtractProgress) => void;
  /**
   * Streams each frame's record (with its sound) as soon as it is measured, in order, instead of keeping it:
   * the result's `frames` is then empty and memory stays flat whatever the length. A returned promise is
   * awaited before the next frame (backpressure, e.g. a file being written).
   */
  onFrame?: (frame: FrameMeasurement) => void | Promise<void>;
  /** Streams each window's record instead of keeping it (the result's `windows` is then empty). */
  onWindow?: (window: WindowMeasurement) => void | Promise<void>;
}

/** What {@link ExtractClipOptions.onProgress} receives. */
export interface ExtractProgress {
  /** Frames measured so far. */
  frames: number;
  /** Time of the last measured frame, seconds. */
  time: number;
  /** The clip's declared duration, seconds (0 when unknown). */
  durationSeconds: number;
  /** Frames the declared duration and frame rate promise (0 when unknown): the total of a progress bar. */
  expectedFrames: number;
}

export const round = (value: number, digits = 4) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
