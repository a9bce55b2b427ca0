import type { Extraction, FrameColor, FrameMeasurement } from '@motionreg/primitives';
import { ClipPalette } from '../color/clip-palette.js';
import type { ColorNamer } from '../color/color-namer.js';
import { dominantColors } from '../color/dominant-colors.js';
import { FrameSampler } from '../color/frame-sampler.js';
import { ShotBoundaryDetector } from '../cuts/shot-boundary-detector.js';
import type { FrameMotion } from '../cuts/shot-boundary-detector.js';
import { decodeVideoFrames } from '../decode/decode-video-frames.js';
import type { DecodeSummary } from '../decode/decode-video-frames.js';
import { decodeFailure } from '../decode/ffmpeg-stream.js';
import { estimateGlobalMotion } from '../motion/global-motion.js';
import { buildPyramid } from '../motion/image-pyramid.js';
import type { PyramidLevel } from '../motion/image-pyramid.js';
import { frameFeatures, thumbnailLab } from '../window/frame-features.js';
import type { FrameFeatures } from '../window/frame-features.js';
import { foldFeatures } from '../window/summarize-window.js';
import { round } from './extract-options.js';
import type { ExtractClipOptions } from './extract-options.js';

import { MotionStepLog } from './motion-step-log.js';

export type { TaggedStep } from './motion-step-log.js';

/** What the video pass keeps: a few numbers per frame (times, features), motion steps, cuts, palette. */
export interface VideoPass {
  width: number;
  height: number;
  decimation: number;
  /** Each frame's own time, seconds. */
  times: number[];
  /** One folded entry per window of `framesPerWindow` frames (see `foldFeatures`). */
  windowFeatures: FrameFeatures[];
  /** Sums over every frame, for the clip's means. */
  totals: { brightness: number; contrast: number; saturation: number; warmth: number };
  /** Every motion step, as numbers (see `MotionStepLog`). */
  steps: MotionStepLog;
  cuts: number[];
  transitions: Extraction['transitions'];
  palette: ClipPalette;
  /** What the decoder said at the end (frames, last time, damage). */
  decoded: DecodeSummary;
  /** Smallest and largest gap between consecutive frame times (seconds). */
  gaps: { smallest: number; largest: number };
}

/**
 * The decimation (keep every n-th pixel of every n-th row) that keeps a frame under `maxSamples` pixels.
 * A regular grid of that many samples measures coverage to a fraction of a percent.
 */
export function decimationFor(width: number, height: number, maxSamples = 32_768): number {
  let step = Math.max(1, Math.floor(Math.sqrt((width * height) / maxSamples)));
  while (Math.ceil(width / step) * Math.ceil(height / step) > maxSamples) step += 1;
  return step;
}

/**
 * Decodes and measures every frame once: colours, features, motion, cut inputs. Each frame's record goes
 * to `onFrame` (awaited when it returns a promise); only a few numbers per frame are kept.
 */
export async function videoPass(
  path: string,
  fps: number,
  source: { width: number; height: number; durationSeconds: number },
  framesPerWindow: number,
  options: ExtractClipOptions,
  namer: ColorNamer,
  onFrame: (frame: Omit<FrameMeasurement, 'sound'>) => void | Promise<void>,
): Promise<VideoPass> {
  let sampler: FrameSampler | undefined;
  // why: motion is measured between frames about 1/15 s apart: content that moves in whole blocks (or
  // slowly) barely moves between neighbouring frames, and a longer baseline reads it more truly.
  const motionStride = Math.max(1, Math.round(fps / 15));
  let earlier: PyramidLevel[] | undefined;
  let previousPyramid: PyramidLevel[] | undefined;
  const shots = new ShotBoundaryDetector(options.shots);
  const palette = new ClipPalette(options.colorNameTolerance ?? 3);
  const times: number[] = [];
  // why: a long video keeps one folded entry per window, not one per frame
  const windowFeatures: FrameFeatures[] = [];
  let pendingFeatures: FrameFeatures[] = [];
  const totals = { brightness: 0, contrast: 0, saturation: 0, warmth: 0 };
  const steps = new MotionStepLog();
  const decimation = decimationFor(source.width, source.height, options.sampling?.maxSamples);
  const decodeOptions = { decimation, fps, ...(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath }) };
  let width = source.width;
  let height = source.height;
  const decoder = decodeVideoFrames(path, decodeOptions);
  let decoded: DecodeSummary | undefined;
  let earlierTime = 0;
  const gaps = { smallest: Number.POSITIVE_INFINITY, largest: 0 };
  try {
    for (;;) {
      const next = await decoder.next();
      if (next.done) {
        decoded = next.value;
        break;
      }
      const frame = next.value;
      const previousTime = times.at(-1);
      if (previousTime !== undefined) {
        gaps.smallest = Math.min(gaps.smallest, frame.time - previousTime);
        gaps.largest = Math.max(gaps.largest, frame.time - previousTime);
      }
      times.push(frame.time);
      if (!sampler) {
        sampler = new FrameSampler(frame.width, frame.height, options.sampling);
        // why: ffmpeg applies a rotation tag before decimating; the decoded shape tells whether it did.
        if (frame.width !== frame.height && frame.width > frame.height !== source.width > source.height) [width, height] = [source.height, source.width];
      }
      sampler.sample(frame.data);
      const clusters = dominantColors(sampler, options.colors);
      const labCells = thumbnailLab(sampler.thumbnail);
      const features = frameFeatures(sampler.brightness, sampler.lumaDeviation, sampler.thumbnail, labCells, clusters, options.gradient);
      totals.brightness += features.brightness;
      totals.contrast += features.contrast;
      totals.saturation += features.saturation;
      totals.warmth += features.warmth;
      pendingFeatures.push(features);
      if (pendingFeatures.length === framesPerWindow) {
        windowFeatures.push(foldFeatures(pendingFeatures));
        pendingFeatures = [];
      }
      palette.add(clusters);
      // Every frame is aligned to the previous one on the pyramid's coarser levels (cheap), for cuts.
      const pyramid = buildPyramid(sampler.motion);
      let frameMotion: FrameMotion | undefined;
      if (previousPyramid && pyramid.length > 1) {
        const coarse = estimateGlobalMotion(previousPyramid.slice(1), pyramid.slice(1));
        const coarseLevel = pyramid[1]!;
        frameMotion = {
          residual: coarse.residualAfterGain,
          logScale: Math.log(coarse.scale),
          rotation: coarse.rotation,
          shift: Math.hypot(coarse.translationX, coarse.translationY) / Math.hypot(coarseLevel.width, coarseLevel.height),
          observable: coarse.observable,
        };
      }
      previousPyramid = pyramid;
      shots.push(frame.index, sampler.thumbnail.values, labCells, sampler.brightness, clusters, frameMotion);
      const colors: FrameColor[] = clusters.map((cluster) => ({ rgb: cluster.rgb, coverage: round(cluster.coverage), ...namer.describe(cluster.rgb) }));
      if (frame.index % motionStride === 0) {
        if (earlier) {
          const motion = estimateGlobalMotion(earlier, pyramid);
          const toFull = width / sampler.motion.width;
          steps.push({
            ...motion,
            translationX: motion.translationX * toFull,
            translationY: motion.translationY * toFull,
            // why: the frames' own times, so a variable-frame-rate file measures true speeds
            seconds: frame.time - earlierTime > 0 ? frame.time - earlierTime : motionStride / fps,
            frame: frame.index,
            stride: motionStride,
          });
        }
        earlier = pyramid;
        earlierTime = frame.time;
      }
      const pending = onFrame({ index: frame.index, time: round(frame.time, 6), brightness: round(sampler.brightness), colors });
      if (pending) await pending;
      options.onProgress?.({ frames: times.length, time: frame.time, durationSeconds: source.durationSeconds, expectedFrames: Math.round(source.durationSeconds * fps) });
    }
  } finally {
    // why: an analysis error leaves the decoder suspended; ending it stops ffmpeg and the reader thread
    if (!decoded) await decoder.return(undefined as never);
  }
  if (!sampler) throw decodeFailure(path, 'no video frame could be decoded');
  if (pendingFeatures.length > 0) windowFeatures.push(foldFeatures(pendingFeatures));
  shots.finish();
  return { width, height, decimation, times, windowFeatures, totals, steps, cuts: shots.cuts, transitions: shots.transitions, palette, decoded, gaps };
}
