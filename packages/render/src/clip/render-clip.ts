import { open, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import { resolveFfmpeg } from '@motionreg/media';
import { MotionregError, checkClipDuration, clipTruthSchema, invalidInput, maxClipSeconds, parseOrThrow, promptSource, sceneSpecSchema } from '@motionreg/primitives';
import type { ClipTruth, SceneSpec, TruthAudioFrame, TruthFrame } from '@motionreg/primitives';
import { AudioMixer } from '../audio/audio-mixer.js';
import { audioBitrate, audioSampleRate, defaultCrf, defaultPreset, x264Params } from '../encode/encoder-settings.js';
import { FrameEncoder, audioPipe } from '../encode/frame-encoder.js';
import { deriveSeed } from '../hash/cell-hash.js';
import { blockSize } from '../visual/pure-cell-field.js';
import { ClipFrameSource } from './clip-frame-source.js';
import { PreparedEncoder } from './prepared-encoder.js';
import type { PreparedSettings } from './prepared-encoder.js';
import { StagedOutputs } from './staged-outputs.js';

const component = 'render';

/** Options of {@link renderClip}. */
export const renderClipOptionsSchema = z.object({
  /** Path of the MP4 to write; the truth goes to `<out without extension>.truth.json`. */
  out: z.string().min(1),
  /** Even, because H.264 4:2:0 needs even sizes. @default 320 */
  width: z.number().int().min(16).max(7680).multipleOf(2).default(320),
  /** @default 240 */
  height: z.number().int().min(16).max(4320).multipleOf(2).default(240),
  /** @default 24 */
  fps: z.number().positive().max(240).default(24),
  /** @default the spec's duration */
  durationSeconds: z.number().positive().max(maxClipSeconds).optional(),
  /** Edge of a world cell in pixels at camera scale 1, before the framing factor. Even. @default 16 */
  cellSize: z.number().int().min(4).max(512).multipleOf(2).default(16),
  /** x264 constant rate factor, 1–18 (colour fidelity is measured at the default). @default 10 */
  crf: z.number().int().min(1).max(18).default(defaultCrf),
  /** x264 preset. @default 'veryfast' */
  preset: z.enum(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow']).default(defaultPreset),
  /** Frame indices to also write as PNG stills (`<out>.frame-000012.png`). @default [] */
  stills: z.array(z.number().int().nonnegative()).default([]),
  /** Also write the audio as a 16-bit WAV (`<out>.wav`). @default false */
  wav: z.boolean().default(false),
  /** An explicit ffmpeg executable (else `resolveFfmpeg()`'s order). */
  ffmpegPath: z.string().min(1).optional(),
  /** Where the working folder of `wav` (`motionreg-render-*`, raw audio) is made; removed when the render ends. @default os.tmpdir() */
  temporaryDirectory: z.string().min(1).optional(),
  /**
   * Stops the render: ffmpeg is killed, nothing is left at `out` (or beside it) and the temporary
   * directory is removed; the promise rejects with the signal's reason.
   */
  signal: z.custom<AbortSignal>((value) => value instanceof AbortSignal, 'must be an AbortSignal').optional(),
  /** An ffmpeg started earlier by {@link prepareEncoder} for the same out, size, fps, crf and preset: adopted instead of starting one. */
  prepared: z.custom<PreparedEncoder>((value) => value instanceof PreparedEncoder, 'must come from prepareEncoder').optional(),
  /** Hears each frame (its audio and picture) as it is handed to the encoder (progress bars). */
  onProgress: z.custom<(progress: RenderProgress) => void>((value) => typeof value === 'function', 'must be a function').optional(),
});

/** What {@link RenderClipOptions.onProgress} hears: `done` of `total` frames drawn and handed to the encoder. */
export interface RenderProgress {
  done: number;
  total: number;
}
export type RenderClipOptions = z.input<typeof renderClipOptionsSchema>;

/** What {@link renderClip} wrote. */
export interface RenderClipResult {
  out: string;
  truthPath: string;
  stillPaths: string[];
  wavPath: string | null;
  truth: ClipTruth;
}

function sidePath(out: string, suffix: string): string {
  const extension = extname(out);
  return join(dirname(out), `${basename(out, extension)}${suffix}`);
}

/** Writes an rgb24 frame as an opaque PNG (pngjs) to `path`. */
async function writeStill(path: string, frame: Uint8Array, width: number, height: number): Promise<void> {
  // why: loaded on demand, so a render without stills (every CLI render by default) does not pay for it.
  const { PNG } = await import('pngjs');
  const png = new PNG({ width, height });
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    png.data[pixel * 4] = frame[pixel * 3]!;
    png.data[pixel * 4 + 1] = frame[pixel * 3 + 1]!;
    png.data[pixel * 4 + 2] = frame[pixel * 3 + 2]!;
    png.data[pixel * 4 + 3] = 255;
  }
  await writeFile(path, PNG.sync.write(png));
}

function startEncoder(ffmpegPath: string, settings: Omit<PreparedSettings, 'ffmpegPath'>, temporary: string): FrameEncoder {
  const { out, ...encoding } = settings;
  return new FrameEncoder(ffmpegPath, { ...encoding, audioPath: audioPipe, out: temporary }, 3, out);
}

/**
 * Starts the ffmpeg a {@link renderClip} with the same `out`, size, fps, crf and preset will adopt (option
 * `prepared`), before the spec exists: its start-up then overlaps interpreting the prompt and building the spec.
 * Call `abort()` on it when the render does not happen; the folder of `out` must exist.
 *
 * @example
 * ```ts
 * const prepared = prepareEncoder({ out: 'out/clip.mp4', width: 640, height: 360, fps: 30 });
 * try { await renderClip(buildMySpec(), { out: 'out/clip.mp4', width: 640, height: 360, fps: 30, prepared }); } finally { await prepared.abort(); }
 * ```
 */
export function prepareEncoder(options: Pick<RenderClipOptions, 'out' | 'width' | 'height' | 'fps' | 'crf' | 'preset' | 'ffmpegPath'>): PreparedEncoder {
  const settings = parseOrThrow(renderClipOptionsSchema, options, { component, what: 'render option' });
  const ffmpeg = resolveFfmpeg(settings.ffmpegPath === undefined ? {} : { ffmpegPath: settings.ffmpegPath });
  const encoding = { out: settings.out, width: settings.width, height: settings.height, fps: settings.fps, crf: settings.crf, preset: settings.preset };
  const temporary = new StagedOutputs().stage(settings.out, extname(settings.out) || '.mp4');
  return new PreparedEncoder({ ...encoding, ffmpegPath: ffmpeg.path }, temporary, startEncoder(ffmpeg.path, encoding, temporary));
}

/**
 * Renders a scene spec into an H.264 (yuv420p) + AAC MP4 with `+faststart`, streaming frames to ffmpeg, and
 * writes its ground truth (`clipTruthSchema`) next to it as `<clip>.truth.json`.
 *
 * Pure-per-frame mode places the spec's pure colours in world cells seen through the camera (see
 * `PureCellField`); blended mode draws the spec's gradient over its palette. Each audio frame mixes several
 * of the spec's pure sounds into one sound, with a beat and melody layer (see `AudioMixer`). Everything
 * follows from the spec and its seed: the same spec and options give the same file, byte for byte.
 *
 * @example
 * ```ts
 * const { truth } = await renderClip(spec, { out: 'out/clip.mp4', width: 320, height: 240, fps: 24, durationSeconds: 2 });
 * console.log(truth.frames[0]?.colors);
 * ```
 */
export async function renderClip(spec: SceneSpec, options: RenderClipOptions): Promise<RenderClipResult> {
  const scene = parseOrThrow(sceneSpecSchema, spec, { component, what: 'scene spec' });
  const settings = parseOrThrow(renderClipOptionsSchema, options, { component, what: 'render option' });
  const { width, height, fps, out } = settings;
  if (scene.creationMode === 'pure_per_frame' && scene.pureColors.length === 0) {
    throw invalidInput(component, 'pure_per_frame spec without pure colours: nothing to place');
  }
  const durationSeconds = settings.durationSeconds ?? checkClipDuration(scene.durationSeconds, `the spec of ${promptSource(scene.prompt)}`, component);
  const { signal, onProgress } = settings;
  signal?.throwIfAborted();
  const frameCount = Math.max(1, Math.round(durationSeconds * fps));
  const ffmpeg = resolveFfmpeg(settings.ffmpegPath === undefined ? {} : { ffmpegPath: settings.ffmpegPath });

  const truthPath = sidePath(out, '.truth.json');
  const stillFrames = new Set(settings.stills.filter((frame) => frame < frameCount));
  const stillPaths: string[] = [];
  // Everything is written under a temporary name beside its final path and renamed when all is complete,
  // the MP4 last: an error or an abort leaves nothing at `out`.
  const outputs = new StagedOutputs();
  const truthTemporary = outputs.stage(truthPath, '.json');
  // why: only `--wav` needs the raw audio kept on disk; without it nothing goes to a temporary folder.
  const temporary = settings.wav ? await mkdtemp(join(settings.temporaryDirectory ?? tmpdir(), 'motionreg-render-')) : null;
  const pcmPath = temporary === null ? null : join(temporary, 'audio.s16le');
  let encoder: FrameEncoder | null = null;
  let pcm: FileHandle | null = null;
  try {
    const wavPath = settings.wav ? sidePath(out, '.wav') : null;
    const wavTemporary = wavPath === null ? null : outputs.stage(wavPath, '.wav');
    const stills = [...stillFrames].sort((a, b) => a - b).map((frame) => {
      const path = sidePath(out, `.frame-${String(frame).padStart(6, '0')}.png`);
      return { frame, path, temporary: outputs.stage(path, '.png') };
    });
    const adopted = await settings.prepared?.adopt({ out, width, height, fps, crf: settings.crf, preset: settings.preset, ffmpegPath: ffmpeg.path }) ?? null;
    const mp4Temporary = adopted === null ? outputs.stage(out, extname(out) || '.mp4') : outputs.adopt(adopted.temporary, out);
    if (pcmPath !== null) pcm = await open(pcmPath, 'w');
    // Audio and frames are streamed into ffmpeg together, frame by frame (audio on pipe:3), so encoding
    // starts with the first frame instead of after the whole soundtrack.
    encoder = adopted?.encoder ?? startEncoder(ffmpeg.path, { out, width, height, fps, crf: settings.crf, preset: settings.preset }, mp4Temporary);
    // why: ffmpeg is started before the mixer and frame source are built (timeline, palette, sound plans), so its
    // own start-up (libraries, x264 set-up) overlaps that work instead of following it.
    const mixer = new AudioMixer({ spec: scene, sampleRate: audioSampleRate, fps, frameCount, seed: deriveSeed(scene.seed, 'audio') });
    const source = new ClipFrameSource({ spec: scene, width, height, fps, frameCount, cellSize: settings.cellSize });
    const samples = new Float32Array(Math.ceil(audioSampleRate / fps) + 1);
    const audioFrames: TruthAudioFrame[] = [];
    const frames: TruthFrame[] = [];
    for (let frame = 0; frame < frameCount; frame += 1) {
      const audioTruth = mixer.renderFrame(frame, samples);
      const count = audioTruth.endSample - audioTruth.startSample;
      // why: a fresh buffer per frame, since the pipe keeps it until written; s16le, and Int16Array uses the
      // platform's byte order, which is little-endian on every Node target.
      const pcmSamples = new Int16Array(count);
      for (let sample = 0; sample < count; sample += 1) pcmSamples[sample] = Math.round(samples[sample]! * 32767);
      const pcmBytes = new Uint8Array(pcmSamples.buffer);
      await encoder.writeAudio(pcmBytes);
      if (pcm !== null) await pcm.write(pcmBytes);
      audioFrames.push(audioTruth);

      const target = await encoder.acquire();
      frames.push(source.renderFrame(frame, target));
      const still = stills.find((candidate) => candidate.frame === frame);
      if (still) {
        await writeStill(still.temporary, target, width, height);
        stillPaths.push(still.path);
      }
      encoder.write(target);
      signal?.throwIfAborted();
      onProgress?.({ done: frame + 1, total: frameCount });
    }
    // why: the truth is checked and serialised while ffmpeg still encodes its last frames and writes the
    // file (its x264 look-ahead and +faststart), not after; it is written only once the clip is complete.
    await encoder.endInput();
    const truth: ClipTruth = clipTruthSchema.parse({
      schemaVersion: 1,
      clip: basename(out),
      spec: scene,
      video: {
        width, height, fps, frameCount, durationSeconds: frameCount / fps, cellSize: source.cellSize, blockSize,
        codec: 'h264', pixelFormat: 'yuv420p', crf: settings.crf, x264Params,
      },
      audio: { codec: 'aac', sampleRate: audioSampleRate, channels: 1, bitrate: audioBitrate, tempoBpm: mixer.tempoBpm, beats: mixer.beats },
      shots: source.truthShots(),
      cuts: source.timeline.cuts,
      transitions: source.timeline.transitions.map(({ type, startFrame, endFrame }) => ({ type, startFrame, endFrame })),
      frames,
      audioFrames,
    });
    const truthText = `${JSON.stringify(truth)}\n`;
    await encoder.finish();
    encoder = null;
    await writeFile(truthTemporary, truthText);
    if (wavTemporary !== null && pcmPath !== null && pcm !== null) {
      await pcm.close();
      pcm = null;
      // why: loaded on demand, like pngjs: only `--wav` needs it.
      const { default: wavefile } = await import('wavefile');
      const raw = await readFile(pcmPath);
      const samples = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
      const wave = new wavefile.WaveFile();
      wave.fromScratch(1, audioSampleRate, '16', samples);
      await writeFile(wavTemporary, wave.toBuffer());
    }
    signal?.throwIfAborted();
    await outputs.commit();
    return { out, truthPath, stillPaths, wavPath, truth };
  } catch (error) {
    if (encoder) await encoder.abort();
    await outputs.discard();
    // why: an abort rejects with the signal's own reason (an AbortError), as fetch and Node streams do, even
    // when it surfaced first as ffmpeg dying (a terminal's Ctrl-C reaches ffmpeg too).
    if (signal?.aborted === true) throw signal.reason;
    if (MotionregError.isInstance(error)) throw error;
    throw new MotionregError('encode_failed', `cannot render ${out}: ${error instanceof Error ? error.message : String(error)}`, { component, cause: error });
  } finally {
    await pcm?.close();
    if (temporary !== null) await rm(temporary, { recursive: true, force: true });
  }
}
