import { probeMedia } from '@motionreg/media';
import { CONTRACT_VERSION, extractionSchema, MotionregError } from '@motionreg/primitives';
import type { CameraMotion, Extraction, FrameMeasurement, MotionSpeed, SoundPrimitive, WindowMeasurement } from '@motionreg/primitives';
import { ColorNamer } from '../color/color-namer.js';
import { decodeAudioSamples } from '../decode/decode-audio-samples.js';
import { partialDecodeWarning } from '../decode/decode-damage.js';
import { decodeFailure } from '../decode/ffmpeg-stream.js';
import { intendedNarrative, observedNarrative } from '../narrative/read-narrative.js';
import { AudioTrackAnalyzer } from '../sound/audio-track-analyzer.js';
import { estimateTempo } from '../tempo/estimate-tempo.js';
import { pickOnsets } from '../tempo/onset-envelope.js';
import type { Onset } from '../tempo/onset-envelope.js';
import { buildWindows } from './build-windows.js';
import { round } from './extract-options.js';
import type { ExtractClipOptions } from './extract-options.js';
import { FrameSoundJoin } from './frame-sound-join.js';
import { videoPass } from './video-pass.js';
import type { VideoPass } from './video-pass.js';

export type { ExtractClipOptions, ExtractProgress } from './extract-options.js';
export { decimationFor } from './video-pass.js';

async function audioPass(path: string, track: AudioTrackAnalyzer, join: FrameSoundJoin, options: ExtractClipOptions, stop: { requested: boolean }): Promise<void> {
  const decodeOptions = { sampleRate: track.sampleRate, ...(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath }) };
  try {
    for await (const block of decodeAudioSamples(path, decodeOptions)) {
      if (stop.requested) break;
      track.push(block);
      await join.audioMayContinue();
    }
  } catch (error) {
    join.audioEnded(true);
    throw error;
  }
  join.audioEnded();
}

/**
 * Measures every frame and every window of any video ffmpeg can read, and the clip as a whole:
 * per frame its dominant colours (with coverage, depth and known names), brightness and the sound of
 * its own audio slice; per window camera, motion, gradient, lighting, composition and audio; per clip
 * cuts, fades and dissolves, tempo, a summary and the narrative (intended and observed, apart).
 * Decodes through streaming pipes; with `onFrame` (and `onWindow`) the records are handed over as they are
 * measured instead of kept, so memory stays flat whatever the length. Throws `decode_failed` (naming the
 * file and the cause) for a missing, empty, truncated or non-media file; a file cut short with its header
 * intact is measured as far as it decodes and marked `partial`, with a warning.
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
  const kept: FrameMeasurement[] = [];
  const track = probe.audio ? new AudioTrackAnalyzer(options.audioSampleRate ?? 48_000, fps, options.sound) : null;
  const framesPerWindow = Math.max(1, Math.round(windowSeconds * fps));
  const join = new FrameSoundJoin(fps, framesPerWindow, track, options.onFrame ?? ((frame) => void kept.push(frame)));
  const stop = { requested: false };
  const audioTask = track ? audioPass(path, track, join, options, stop) : null;
  // why: keep a failing audio pass from becoming an unhandled rejection while the video pass runs.
  audioTask?.catch(() => undefined);
  let video: VideoPass;
  try {
    video = await videoPass(path, fps, { width: probe.video.width, height: probe.video.height, durationSeconds: probe.durationSeconds }, framesPerWindow, options, namer, (record) => join.addFrame(record));
  } catch (error) {
    stop.requested = true;
    join.audioEnded();
    await audioTask?.catch(() => undefined);
    throw error;
  }
  if (audioTask) await audioTask;
  await join.finish();
  const frameCount = video.times.length;
  const timeOf = (frame: number) => video.times[Math.min(Math.max(0, frame), frameCount - 1)] ?? frame / fps;
  const timeAfter = (frame: number) => (frame + 1 < frameCount ? timeOf(frame + 1) : timeOf(frame) + 1 / fps);
  const onsets: Onset[] = track ? pickOnsets(track.onsets.envelope(), track.onsets.hopSeconds, {}, track.onsets.breadth()) : [];
  const tempo = track ? estimateTempo(onsets, { durationSeconds: track.durationSeconds, ...options.tempo }) : null;

  const { windows, speeds } = buildWindows(
    {
      framesPerWindow,
      width: video.width,
      height: video.height,
      times: video.times,
      fps,
      windowFeatures: video.windowFeatures,
      steps: video.steps,
      cuts: video.cuts,
      transitions: video.transitions,
      windowSounds: track ? join.windowSounds : null,
      onsets,
      tempoBpm: tempo ? tempo.bpm : null,
    },
    options,
  );
  const keptWindows: WindowMeasurement[] = [];
  for (const window of windows) {
    if (!options.onWindow) keptWindows.push(window);
    else await options.onWindow(window);
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
  const meanOf = (total: number) => (frameCount > 0 ? total / frameCount : 0);
  const meanBrightness = meanOf(video.totals.brightness);
  const meanContrast = meanOf(video.totals.contrast);
  const cutsPerMinute = durationSeconds > 0 ? (video.cuts.length / durationSeconds) * 60 : 0;
  const speedShares = { static: 0, slow: 0, medium: 0, fast: 0 } as Record<MotionSpeed, number>;
  for (const speed of speeds) speedShares[speed] += 1 / Math.max(1, speeds.length);
  const cameraTypes: CameraMotion[] = [];
  for (const window of windows) if (!cameraTypes.includes(window.camera.type)) cameraTypes.push(window.camera.type);
  const dominantSound: SoundPrimitive | null = track ? join.dominant : null;

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
    frames: kept,
    windows: keptWindows,
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
        meanSaturation: meanOf(video.totals.saturation),
        meanWarmth: meanOf(video.totals.warmth),
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
      ...(options.onFrame ? { framesStreamed: true } : {}),
      ...(options.onWindow ? { windowsStreamed: true } : {}),
    },
  };
  return extractionSchema.parse(extraction);
}
