import { probeMedia } from '@motionreg/media';
import { CONTRACT_VERSION, extractionSchema, MotionregError } from '@motionreg/primitives';
import type {
  CameraMotion, Extraction, FrameColor, FrameMeasurement, FrameSound, MotionSpeed, SceneSpec, SoundPrimitive, WindowMeasurement,
} from '@motionreg/primitives';
import { ClipPalette } from '../color/clip-palette.js';
import { ColorNamer } from '../color/color-namer.js';
import type { KnownColor } from '../color/color-namer.js';
import { dominantColors } from '../color/dominant-colors.js';
import type { DominantColorOptions } from '../color/dominant-colors.js';
import { FrameSampler } from '../color/frame-sampler.js';
import type { FrameSamplerOptions } from '../color/frame-sampler.js';
import { ShotBoundaryDetector } from '../cuts/shot-boundary-detector.js';
import type { FrameMotion, ShotBoundaryOptions } from '../cuts/shot-boundary-detector.js';
import { decodeAudioSamples } from '../decode/decode-audio-samples.js';
import { decodeVideoFrames } from '../decode/decode-video-frames.js';
import type { DecodeSummary } from '../decode/decode-video-frames.js';
import { partialDecodeWarning } from '../decode/decode-damage.js';
import { decodeFailure } from '../decode/ffmpeg-stream.js';
import { classifyCamera, describeMotion, shakesAcrossWindows } from '../motion/classify-camera.js';
import type { CameraReading, CameraThresholds, MotionSpeedThresholds, MotionStep, WindowDrift } from '../motion/classify-camera.js';
import { estimateGlobalMotion } from '../motion/global-motion.js';
import { buildPyramid } from '../motion/image-pyramid.js';
import type { PyramidLevel } from '../motion/image-pyramid.js';
import { intendedNarrative, observedNarrative } from '../narrative/read-narrative.js';
import { AudioTrackAnalyzer } from '../sound/audio-track-analyzer.js';
import type { FrameSoundOptions } from '../sound/frame-sound.js';
import { estimateTempo } from '../tempo/estimate-tempo.js';
import type { EstimateTempoOptions } from '../tempo/estimate-tempo.js';
import { pickOnsets } from '../tempo/onset-envelope.js';
import type { Onset } from '../tempo/onset-envelope.js';
import { frameFeatures, thumbnailLab } from '../window/frame-features.js';
import type { FrameFeatures, GradientThresholds } from '../window/frame-features.js';
import { majority, windowAudio, windowComposition, windowGradient, windowLighting } from '../window/summarize-window.js';
import type { WindowThresholds } from '../window/summarize-window.js';

/** Options for {@link extractClip}. Every threshold has a documented default (package README). */
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

const round = (value: number, digits = 4) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

interface VideoPass {
  width: number;
  height: number;
  decimation: number;
  frames: Omit<FrameMeasurement, 'sound'>[];
  features: FrameFeatures[];
  /** Motion steps, each tagged with the frame that ends it and its length in frames. */
  steps: (MotionStep & { frame: number; stride: number })[];
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

async function videoPass(path: string, fps: number, source: { width: number; height: number; durationSeconds: number }, options: ExtractClipOptions, namer: ColorNamer): Promise<VideoPass> {
  let sampler: FrameSampler | undefined;
  // why: motion is measured between frames about 1/15 s apart: content that moves in whole blocks (or
  // slowly) barely moves between neighbouring frames, and a longer baseline reads it more truly.
  const motionStride = Math.max(1, Math.round(fps / 15));
  let earlier: PyramidLevel[] | undefined;
  let previousPyramid: PyramidLevel[] | undefined;
  const shots = new ShotBoundaryDetector(options.shots);
  const palette = new ClipPalette(options.colorNameTolerance ?? 3);
  const frames: VideoPass['frames'] = [];
  const features: FrameFeatures[] = [];
  const steps: VideoPass['steps'] = [];
  const decimation = decimationFor(source.width, source.height, options.sampling?.maxSamples);
  const decodeOptions = { decimation, fps, ...(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath }) };
  let width = source.width;
  let height = source.height;
  const decoder = decodeVideoFrames(path, decodeOptions);
  let decoded: DecodeSummary | undefined;
  let earlierTime = 0;
  let previousTime: number | null = null;
  const gaps = { smallest: Number.POSITIVE_INFINITY, largest: 0 };
  try {
    for (;;) {
      const next = await decoder.next();
      if (next.done) {
        decoded = next.value;
        break;
      }
      const frame = next.value;
      if (previousTime !== null) {
        gaps.smallest = Math.min(gaps.smallest, frame.time - previousTime);
        gaps.largest = Math.max(gaps.largest, frame.time - previousTime);
      }
      previousTime = frame.time;
      if (!sampler) {
        sampler = new FrameSampler(frame.width, frame.height, options.sampling);
        // why: ffmpeg applies a rotation tag before decimating; the decoded shape tells whether it did.
        if (frame.width !== frame.height && frame.width > frame.height !== source.width > source.height) [width, height] = [source.height, source.width];
      }
      sampler.sample(frame.data);
      const clusters = dominantColors(sampler, options.colors);
      const labCells = thumbnailLab(sampler.thumbnail);
      features.push(frameFeatures(sampler.brightness, sampler.lumaDeviation, sampler.thumbnail, labCells, clusters, options.gradient));
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
      frames.push({ index: frame.index, time: round(frame.time, 6), brightness: round(sampler.brightness), colors });
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
      options.onProgress?.({ frames: frames.length, time: frame.time, durationSeconds: source.durationSeconds, expectedFrames: Math.round(source.durationSeconds * fps) });
    }
  } finally {
    // why: an analysis error leaves the decoder suspended; ending it stops ffmpeg and the reader thread
    if (!decoded) await decoder.return(undefined as never);
  }
  if (!sampler) throw decodeFailure(path, 'no video frame could be decoded');
  shots.finish();
  return { width, height, decimation, frames, features, steps, cuts: shots.cuts, transitions: shots.transitions, palette, decoded, gaps };
}

interface AudioPass {
  track: AudioTrackAnalyzer;
}

async function audioPass(path: string, fps: number, options: ExtractClipOptions, stop: { requested: boolean }): Promise<AudioPass> {
  const sampleRate = options.audioSampleRate ?? 48_000;
  const track = new AudioTrackAnalyzer(sampleRate, fps, options.sound);
  const decodeOptions = { sampleRate, ...(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath }) };
  for await (const block of decodeAudioSamples(path, decodeOptions)) {
    if (stop.requested) break;
    track.push(block);
  }
  return { track };
}

function roundSound(sound: FrameSound): FrameSound {
  return {
    dominant: sound.dominant,
    mix: { silence: round(sound.mix.silence), rumble: round(sound.mix.rumble), tone: round(sound.mix.tone), hiss: round(sound.mix.hiss) },
    rmsDb: round(sound.rmsDb, 2),
    strengthPct: round(sound.strengthPct, 2),
    centroidHz: round(sound.centroidHz, 1),
    flatness: round(sound.flatness),
    lowBandShare: round(sound.lowBandShare),
    peakHz: round(sound.peakHz, 1),
    peakStrength: round(sound.peakStrength),
  };
}

/**
 * Measures every frame and every window of any video ffmpeg can read, and the clip as a whole:
 * per frame its dominant colours (with coverage, depth and known names), brightness and the sound of
 * its own audio slice; per window camera, motion, gradient, lighting, composition and audio; per clip
 * cuts, fades and dissolves, tempo, a summary and the narrative (intended and observed, apart).
 * Decodes through streaming pipes in bounded memory. Throws `decode_failed` (naming the file and the
 * cause) for a missing, empty, truncated or non-media file.
 *
 * @example
 * ```ts
 * const extraction = await extractClip('clip.mp4', { windowSeconds: 0.5 });
 * console.log(extraction.frames[0]?.colors[0], extraction.cuts, extraction.audio?.tempoBpm);
 * ```
 */
export async function extractClip(path: string, options: ExtractClipOptions = {}): Promise<Extraction> {
  const windowSeconds = options.windowSeconds ?? 0.5;
  if (!(windowSeconds > 0)) throw new MotionregError('invalid_input', `window length ${windowSeconds}: must be a positive number of seconds`, { component: 'extract' });
  const probe = await probeMedia(path, { countFrames: false, ...(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath }) });
  if (!probe.video) throw decodeFailure(path, 'no video stream');
  const fps = probe.video.fps;
  const namer = new ColorNamer(options.knownColors, options.colorNameTolerance ?? 3);
  const stop = { requested: false };
  const audioTask = probe.audio ? audioPass(path, fps, options, stop) : null;
  // why: keep a failing audio pass from becoming an unhandled rejection while the video pass runs.
  audioTask?.catch(() => undefined);
  let video: VideoPass;
  try {
    video = await videoPass(path, fps, { width: probe.video.width, height: probe.video.height, durationSeconds: probe.durationSeconds }, options, namer);
  } catch (error) {
    stop.requested = true;
    await audioTask?.catch(() => undefined);
    throw error;
  }
  const audio = audioTask ? await audioTask : null;
  const frameCount = video.frames.length;
  // why: the audio is sliced at the nominal rate; a frame takes the slice its own time falls in (the same
  // slice as its index unless the file's frame rate varies)
  const nominal = video.frames.map((frame) => Math.max(0, Math.round(frame.time * fps)));
  const slices = audio ? audio.track.finish(Math.max(frameCount, (nominal.at(-1) ?? 0) + 1)).map(roundSound) : null;
  const sounds = slices ? nominal.map((slice) => slices[Math.min(slice, slices.length - 1)]!) : null;
  const timeOf = (frame: number) => video.frames[Math.min(Math.max(0, frame), frameCount - 1)]?.time ?? frame / fps;
  const timeAfter = (frame: number) => (frame + 1 < frameCount ? timeOf(frame + 1) : timeOf(frame) + 1 / fps);
  const onsets: Onset[] = audio ? pickOnsets(audio.track.onsets.envelope(), audio.track.onsets.hopSeconds, {}, audio.track.onsets.breadth()) : [];
  const tempo = audio ? estimateTempo(onsets, { durationSeconds: audio.track.durationSeconds, ...options.tempo }) : null;

  const framesPerWindow = Math.max(1, Math.round(windowSeconds * fps));
  // why: a frame pair across a cut measures no camera at all; its motion is left out.
  const acrossCut = (step: VideoPass['steps'][number]) => video.cuts.some((cut) => cut > step.frame - step.stride && cut <= step.frame);
  // …nor does one inside a fade or dissolve: two pictures mixed, or one sinking into black, move on their own
  const inTransition = (step: VideoPass['steps'][number]) =>
    video.transitions.some((transition) => step.frame > transition.startFrame && step.frame - step.stride < transition.endFrame);
  const steps = video.steps.filter((step) => !acrossCut(step) && !inTransition(step));
  const spans: { start: number; end: number; steps: MotionStep[]; camera: CameraReading }[] = [];
  for (let start = 0; start < frameCount; start += framesPerWindow) {
    const end = Math.min(frameCount, start + framesPerWindow) - 1;
    const windowSteps = steps.filter((step) => step.frame > start && step.frame <= end);
    spans.push({ start, end, steps: windowSteps, camera: classifyCamera(windowSteps, video.width, video.height, options.camera) });
  }
  // A window that drifts one way may be half a hand's shake: look at its neighbours in the same shot.
  const boundaries = [...video.cuts, ...video.transitions.flatMap((transition) => [transition.startFrame, transition.endFrame])];
  const sameShot = (a: (typeof spans)[number], b: (typeof spans)[number]) =>
    !boundaries.some((frame) => frame > Math.min(a.start, b.start) && frame <= Math.max(a.end, b.end));
  const drift = (span: (typeof spans)[number]): WindowDrift => ({
    netX: span.steps.filter((step) => step.observable).reduce((sum, step) => sum + step.translationX, 0),
    netY: span.steps.filter((step) => step.observable).reduce((sum, step) => sum + step.translationY, 0),
    seconds: span.steps.filter((step) => step.observable).reduce((sum, step) => sum + step.seconds, 0),
  });
  spans.forEach((span, index) => {
    if (!span.camera.observable || !['pan', 'tilt', 'static', 'handheld'].includes(span.camera.type)) return;
    const around = [spans[index - 1], span, spans[index + 1]].filter((other): other is (typeof spans)[number] => other !== undefined && sameShot(other, span));
    if (shakesAcrossWindows(around.map(drift), video.width, video.height, { staticRate: options.camera?.staticRate ?? 0.02 })) {
      span.camera = { ...span.camera, type: 'handheld', direction: 'none' };
    }
  });
  const windows: WindowMeasurement[] = [];
  const speeds: MotionSpeed[] = [];
  for (const { start, end, steps, camera } of spans) {
    const features = video.features.slice(start, end + 1);
    const motion = describeMotion(camera, steps, options.motionSpeed);
    speeds.push(motion.speed);
    const lighting = windowLighting(features, options.window);
    const startTime = timeOf(start);
    const endTime = timeAfter(end);
    const audioReading = sounds
      ? windowAudio(sounds.slice(start, end + 1), onsets.filter((onset) => onset.time >= startTime && onset.time < endTime).length, endTime - startTime, tempo ? tempo.bpm : null)
      : null;
    const composition = windowComposition(features, options.window);
    const gradient = windowGradient(features);
    windows.push({
      startFrame: start,
      endFrame: end,
      startTime: round(startTime, 6),
      endTime: round(endTime, 6),
      camera: {
        type: camera.type,
        direction: camera.direction,
        translation: [round(camera.translation[0], 3), round(camera.translation[1], 3)],
        scale: round(camera.scale, 5),
        rotationDegrees: round(camera.rotationDegrees, 3),
        rate: round(camera.rate),
        observable: camera.observable,
      },
      motion: { speed: motion.speed, direction: motion.direction, energy: round(motion.energy) },
      gradient: { type: gradient.type, strength: round(gradient.strength, 3) },
      lighting: {
        brightness: round(lighting.brightness),
        contrast: round(lighting.contrast),
        temperature: lighting.temperature,
        saturation: round(lighting.saturation),
        warmth: round(lighting.warmth, 2),
      },
      composition: {
        centerOfMass: [round(composition.centerOfMass[0]), round(composition.centerOfMass[1])],
        balance: composition.balance,
        symmetry: composition.symmetry,
        symmetryScore: round(composition.symmetryScore),
      },
      audio: audioReading
        ? {
            tempo: audioReading.tempo,
            presence: audioReading.presence,
            dominant: audioReading.dominant,
            mix: {
              silence: round(audioReading.mix.silence),
              rumble: round(audioReading.mix.rumble),
              tone: round(audioReading.mix.tone),
              hiss: round(audioReading.mix.hiss),
            },
          }
        : null,
    });
  }

  const durationSeconds = probe.durationSeconds > 0 ? probe.durationSeconds : timeAfter(frameCount - 1);
  const warning = partialDecodeWarning(path, {
    decodedFrames: frameCount,
    decodedSeconds: timeAfter(frameCount - 1) - timeOf(0),
    declaredSeconds: probe.durationSeconds,
    fps,
    damage: video.decoded.damage,
  });
  // why: container timestamps are rounded to their time base; a quarter of a frame apart is a real variation
  const variableFrameRate = frameCount > 2 && video.gaps.largest - video.gaps.smallest > 0.25 / fps;
  const mean = (values: number[]) => (values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
  const meanBrightness = mean(video.features.map((frame) => frame.brightness));
  const meanContrast = mean(video.features.map((frame) => frame.contrast));
  const cutsPerMinute = durationSeconds > 0 ? (video.cuts.length / durationSeconds) * 60 : 0;
  const speedShares = { static: 0, slow: 0, medium: 0, fast: 0 } as Record<MotionSpeed, number>;
  for (const speed of speeds) speedShares[speed] += 1 / Math.max(1, speeds.length);
  const cameraTypes: CameraMotion[] = [];
  for (const window of windows) if (!cameraTypes.includes(window.camera.type)) cameraTypes.push(window.camera.type);
  const dominantSound: SoundPrimitive | null = sounds ? (majority(sounds.map((sound) => sound.dominant)) ?? null) : null;

  const extraction: Extraction = {
    schemaVersion: CONTRACT_VERSION,
    source: {
      path,
      durationSeconds: round(durationSeconds, 4),
      fps,
      width: video.width,
      height: video.height,
      frameCount,
      ...(probe.durationSeconds > 0 ? { declaredFrameCount: Math.round(probe.durationSeconds * fps) } : {}),
      variableFrameRate,
      hasAudio: probe.audio !== null,
      videoCodec: probe.video.codec,
      ...(probe.audio ? { audioCodec: probe.audio.codec, audioSampleRate: probe.audio.sampleRate } : {}),
    },
    frames: video.frames.map((frame, index) => ({ ...frame, sound: sounds ? sounds[index]! : null })),
    windows,
    cuts: video.cuts,
    cutTimes: video.cuts.map((cut) => round(timeOf(cut), 6)),
    transitions: video.transitions.map((transition) => ({ ...transition, startTime: round(timeOf(transition.startFrame), 6), endTime: round(timeOf(transition.endFrame), 6) })),
    audio: probe.audio
      ? tempo
        ? { tempoBpm: round(tempo.bpm, 2), tempoScore: round(tempo.score), onsetCount: onsets.length }
        : { tempoBpm: null, onsetCount: onsets.length }
      : null,
    narrative: {
      intended: intendedNarrative(options.spec, options.prompt),
      observed: observedNarrative({
        meanBrightness,
        meanContrast,
        meanSaturation: mean(video.features.map((frame) => frame.saturation)),
        meanWarmth: mean(video.features.map((frame) => frame.warmth)),
        speedShares,
        cutsPerMinute,
      }),
    },
    summary: {
      meanBrightness: round(meanBrightness),
      dominantColors: video.palette.top(8).map((color) => ({ rgb: color.rgb, coverage: round(color.coverage), ...namer.describe(color.rgb) })),
      dominantSound,
      cameraTypes,
      meanContrast: round(meanContrast),
      cutsPerMinute: round(cutsPerMinute, 2),
    },
    ...(warning ? { partial: true, warnings: [warning] } : {}),
    parameters: {
      decimation: video.decimation,
      windowSeconds,
      framesPerWindow,
      colorNameTolerance: options.colorNameTolerance ?? 3,
      audioSampleRate: options.audioSampleRate ?? 48_000,
      knownColors: (options.knownColors ?? []).length || 16,
    },
  };
  return extractionSchema.parse(extraction);
}
