/**
 * Render speed as a user meets it: whole cold `motionreg render --prompt … --width 640 --height 360 --fps 30
 * --duration 4` processes (start-up, interpretation, creation, audio, frames, encoding, truth file) against
 * ffmpeg alone encoding the very same frames and audio with the same settings, from raw files written
 * beforehand (untimed: the frames are re-made from the truth file's spec). The render runs in an empty
 * folder, so it reads no registry, as on a fresh install. Alternating rounds, medians of `--rounds` (3).
 * Target: render process ≤ 1.5 × ffmpeg alone.
 *
 * Run after `npm run build`: `npx tsx packages/cli/bench/render-process.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveFfmpeg } from '@motionreg/media';
import { clipTruthSchema } from '@motionreg/primitives';
import { benchOption, median, twoDecimals, writeSummary } from '@motionreg/primitives/bench';
import { AudioMixer, ClipFrameSource, audioSampleRate, defaultCrf, encoderArguments } from '@motionreg/render';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error(`[motionreg:bench] ${bin} is missing: run npm run build first`);
const rounds = benchOption('rounds', 3);
const [width, height, fps, seconds] = [640, 360, 30, 4];
const prompt = 'a slow warm pan over golden dunes at sunset, steady beat';
const seed = 2024;
const directory = await mkdtemp(join(tmpdir(), 'motionreg-render-process-bench-'));
const ffmpeg = resolveFfmpeg().path;

/**
 * CPU milliseconds used so far by this process's finished children and theirs (Linux: cutime + cstime of
 * /proc/self/stat, in clock ticks of 10 ms), or null elsewhere. A shared machine stretches wall time, not
 * CPU time, so the CPU ratio is printed beside the wall-time one the target is about.
 */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // fields after "(comm) ": state is index 0, so cutime (16th field overall) is index 13 and cstime 14
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const cpuTimes = { render: [] as number[], ffmpeg: [] as number[] };

function run(command: string, args: string[], cpu?: number[]): number {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: directory, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`[motionreg:bench] ${command} ${args.slice(0, 3).join(' ')} … exited ${String(result.status)}: ${result.stderr.trim()}`);
  const cpuAfter = childrenCpuMs();
  if (cpu !== undefined && cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore);
  return elapsed;
}
const renderArgs = (out: string) => [bin, 'render', '--prompt', prompt, '--seed', String(seed), '--width', String(width), '--height', String(height), '--fps', String(fps), '--duration', String(seconds), '--out', join(directory, out)];

try {
  // untimed: one render, whose truth file gives the spec to re-make its frames and audio for the floor
  run(process.execPath, renderArgs('first.mp4'));
  const truth = clipTruthSchema.parse(JSON.parse(await readFile(join(directory, 'first.truth.json'), 'utf8')));
  const frameCount = truth.video.frameCount;
  const framesPath = join(directory, 'frames.rgb24');
  const pcmPath = join(directory, 'audio.s16le');
  const source = new ClipFrameSource({ spec: truth.spec, width, height, fps, frameCount, cellSize: truth.video.cellSize });
  const frame = new Uint8Array(width * height * 3);
  const framesFile = await open(framesPath, 'w');
  for (let index = 0; index < frameCount; index += 1) {
    source.renderFrame(index, frame);
    await framesFile.write(frame);
  }
  await framesFile.close();
  const mixer = new AudioMixer({ spec: truth.spec, sampleRate: audioSampleRate, fps, frameCount, seed });
  const samples = new Float32Array(Math.ceil(audioSampleRate / fps) + 1);
  const bytes = Buffer.alloc(samples.length * 2);
  const pcmFile = await open(pcmPath, 'w');
  for (let index = 0; index < frameCount; index += 1) {
    const slice = mixer.renderFrame(index, samples);
    const count = slice.endSample - slice.startSample;
    for (let sample = 0; sample < count; sample += 1) bytes.writeInt16LE(Math.round(samples[sample]! * 32767), sample * 2);
    await pcmFile.write(bytes, 0, count * 2);
  }
  await pcmFile.close();
  const floorArgs = encoderArguments({ width, height, fps, crf: defaultCrf, audioPath: pcmPath, out: join(directory, 'floor.mp4') });
  floorArgs.splice(floorArgs.indexOf('pipe:0'), 1, framesPath);

  const renderTimes: number[] = [];
  const ffmpegTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    ffmpegTimes.push(run(ffmpeg, floorArgs, cpuTimes.ffmpeg));
    renderTimes.push(run(process.execPath, renderArgs(`round-${round}.mp4`), cpuTimes.render));
  }
  const ratio = median(renderTimes) / median(ffmpegTimes);
  const target = 1.5;
  writeSummary({
    bench: 'cli-render-process-640x360p30-4s',
    ratio: twoDecimals(ratio),
    target,
    pass: ratio <= target,
    renderProcessMs: Math.round(median(renderTimes)),
    ffmpegAloneMs: Math.round(median(ffmpegTimes)),
    frames: frameCount,
    rounds,
    ...(cpuTimes.render.length === rounds ? {
      renderCpuMs: Math.round(median(cpuTimes.render)),
      ffmpegCpuMs: Math.round(median(cpuTimes.ffmpeg)),
      cpuRatio: twoDecimals(median(cpuTimes.render) / median(cpuTimes.ffmpeg)),
    } : {}),
  });
  process.exitCode = ratio <= target ? 0 : 1;
} finally {
  await rm(directory, { recursive: true, force: true });
}
