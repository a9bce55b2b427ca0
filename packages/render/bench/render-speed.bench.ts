/**
 * Render speed: `renderClip` at 640×360, 30 fps, 4 s (120 frames, with audio) against ffmpeg alone encoding
 * the same 120 raw frames and the same PCM with the same settings, read from files (the floor: what
 * encoding costs by itself). Both are timed three times, alternating, and the medians compared.
 * Target: render ≤ 1.5 × ffmpeg alone.
 *
 * Run after `npm run build`: `npx tsx packages/render/bench/render-speed.bench.ts`.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';
import { AudioMixer, ClipFrameSource, audioSampleRate, defaultCrf, encoderArguments, renderClip } from '@motionreg/render';
import { sceneSpecFixture } from '../src/__fixtures__/scene-spec.js';
import { median, twoDecimals, writeSummary } from '@motionreg/primitives/bench';

const width = 640;
const height = 360;
const fps = 30;
const seconds = 4;
const frameCount = fps * seconds;
const spec = sceneSpecFixture({
  seed: 2024,
  camera: { motion: 'pan', speed: 'medium', steadiness: 'stable' },
  motion: { speed: 'medium', smoothness: 'smooth', direction: 'none', rhythm: 'steady', acceleration: 'constant' },
  audio: { mood: 'uplifting', tempo: 'medium', presence: 'music', bpm: 110 },
});
const directory = await mkdtemp(join(tmpdir(), 'motionreg-render-bench-'));
const ffmpeg = resolveFfmpeg().path;

// the floor's inputs: the very frames and samples renderClip makes, written to files beforehand (untimed)
const framesPath = join(directory, 'frames.rgb24');
const pcmPath = join(directory, 'audio.s16le');
const source = new ClipFrameSource({ spec, width, height, fps, frameCount, cellSize: 16 });
const frame = new Uint8Array(width * height * 3);
const framesFile = await open(framesPath, 'w');
for (let index = 0; index < frameCount; index += 1) {
  source.renderFrame(index, frame);
  await framesFile.write(frame);
}
await framesFile.close();
const mixer = new AudioMixer({ spec, sampleRate: audioSampleRate, fps, frameCount, seed: 1 });
const samples = new Float32Array(Math.ceil(audioSampleRate / fps) + 1);
const bytes = Buffer.alloc(samples.length * 2);
const pcmFile = await open(pcmPath, 'w');
for (let index = 0; index < frameCount; index += 1) {
  const truth = mixer.renderFrame(index, samples);
  const count = truth.endSample - truth.startSample;
  for (let sample = 0; sample < count; sample += 1) bytes.writeInt16LE(Math.round(samples[sample]! * 32767), sample * 2);
  await pcmFile.write(bytes, 0, count * 2);
}
await pcmFile.close();

async function timeRender(): Promise<number> {
  const started = performance.now();
  await renderClip(spec, { out: join(directory, 'render.mp4'), width, height, fps, durationSeconds: seconds });
  return performance.now() - started;
}
async function timeFfmpeg(): Promise<number> {
  const args = encoderArguments({ width, height, fps, crf: defaultCrf, audioPath: pcmPath, out: join(directory, 'floor.mp4') });
  const started = performance.now();
  await execa(ffmpeg, args, { inputFile: framesPath });
  return performance.now() - started;
}

const renderTimes: number[] = [];
const ffmpegTimes: number[] = [];
for (let round = 0; round < 3; round += 1) {
  ffmpegTimes.push(await timeFfmpeg());
  renderTimes.push(await timeRender());
}
await rm(directory, { recursive: true, force: true });
const ratio = median(renderTimes) / median(ffmpegTimes);
const target = 1.5;
writeSummary({
  bench: 'render-speed-640x360p30-4s',
  ratio: twoDecimals(ratio),
  target,
  pass: ratio <= target,
  renderMs: Math.round(median(renderTimes)),
  ffmpegAloneMs: Math.round(median(ffmpegTimes)),
  frames: frameCount,
});
process.exit(ratio <= target ? 0 : 1);
