import { AudioTrackAnalyzer } from '@motionreg/extract';
import { CONTRACT_VERSION, extractionSchema } from '@motionreg/primitives';
import type { Extraction, FrameSound, SceneSpec, SoundPrimitive } from '@motionreg/primitives';
import { AudioMixer, audioSampleRate } from '@motionreg/render';

/** Options of {@link renderSoundExtraction}. */
export interface RenderSoundOptions {
  /** Sound segments per second (each segment is measured like one video frame's slice). @default 24 */
  segmentsPerSecond?: number;
  /** Seconds of sound. @default the spec's duration */
  durationSeconds?: number;
}

function dominantOf(sounds: readonly FrameSound[]): SoundPrimitive | null {
  const counts = new Map<SoundPrimitive, number>();
  for (const sound of sounds) counts.set(sound.dominant, (counts.get(sound.dominant) ?? 0) + 1);
  let best: SoundPrimitive | null = null;
  for (const [primitive, count] of counts) if (best === null || count > counts.get(best)!) best = primitive;
  return best;
}

/**
 * Audio only (seed 000 §3.1): synthesises the spec's pure sounds with the renderer's own mixer, cuts
 * the track into segments and measures each with the extractor's own analyser, and returns the
 * measurements as an extraction with sound and no picture (no colours, no windows). No video is
 * made and no file is written: the same mixer and analyser the clip pipeline uses, minus ffmpeg.
 */
export function renderSoundExtraction(spec: SceneSpec, options: RenderSoundOptions = {}): Extraction {
  const segmentsPerSecond = options.segmentsPerSecond ?? 24;
  const durationSeconds = options.durationSeconds ?? spec.durationSeconds;
  const segmentCount = Math.max(1, Math.round(durationSeconds * segmentsPerSecond));
  const mixer = new AudioMixer({ spec, sampleRate: audioSampleRate, fps: segmentsPerSecond, frameCount: segmentCount, seed: spec.seed });
  const analyzer = new AudioTrackAnalyzer(audioSampleRate, segmentsPerSecond);
  const samples = new Float32Array(Math.ceil(audioSampleRate / segmentsPerSecond) + 1);
  for (let index = 0; index < segmentCount; index += 1) {
    const truth = mixer.renderFrame(index, samples);
    const slice = samples.subarray(0, truth.endSample - truth.startSample);
    // why: a clip's audio reaches the extractor as 16-bit PCM; quantising the same way keeps the quiet-sound readings identical to the clip path.
    for (let sample = 0; sample < slice.length; sample += 1) slice[sample] = Math.round(Math.max(-1, Math.min(1, slice[sample]!)) * 32767) / 32767;
    analyzer.push(slice);
  }
  const sounds = analyzer.finish(segmentCount);
  return extractionSchema.parse({
    schemaVersion: CONTRACT_VERSION,
    // why: the extraction contract describes a video; an audio-only one has one pixel and 0 brightness, never read with focus `frame` and no colours.
    source: { path: `sound:${spec.seed}`, durationSeconds: segmentCount / segmentsPerSecond, fps: segmentsPerSecond, width: 1, height: 1, frameCount: segmentCount, hasAudio: true, audioSampleRate },
    frames: sounds.map((sound, index) => ({ index, time: index / segmentsPerSecond, brightness: 0, colors: [], sound })),
    windows: [],
    cuts: [],
    transitions: [],
    audio: null,
    narrative: { intended: null, observed: {} },
    summary: { meanBrightness: 0, dominantColors: [], dominantSound: dominantOf(sounds), cameraTypes: [] },
    parameters: { audioOnly: true, segmentsPerSecond },
  });
}
