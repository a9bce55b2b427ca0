/**
 * Speed of `extractClip` against ffmpeg alone decoding the same clip to rgb24 (the floor), measured in
 * the same run: a 1280×720, 60 fps, 5 s clip (testsrc2 with a tone, from the shared fixture recipes).
 * One warm-up of each, then `--rounds` alternating timed pairs; the ratio is median extraction time over
 * median floor time. Target: ≤ 2. Also reports the first (cold) extraction.
 *
 * Run after `npm run build`: `npx tsx packages/extract/bench/extract-speed.bench.ts [--rounds N]`.
 */
import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';
import { extractClip } from '@motionreg/extract';
import { benchmarkRecipe, makeClip } from '../src/__fixtures__/generated-clips.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rounds = Math.floor(option('rounds', 5));
const path = await makeClip(benchmarkRecipe({ width: 1280, height: 720, fps: 60, seconds: 5 }));
const ffmpeg = resolveFfmpeg().path;

async function floor(): Promise<number> {
  const started = performance.now();
  await execa(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-i', path, '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-y', '/dev/null']);
  return performance.now() - started;
}

async function extract(): Promise<{ ms: number; frames: number }> {
  const started = performance.now();
  const extraction = await extractClip(path);
  return { ms: performance.now() - started, frames: extraction.frames.length };
}

const cold = await extract();
await floor();
const floors: number[] = [];
const extractions: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  floors.push(await floor());
  extractions.push((await extract()).ms);
}
const ratio = median(extractions) / median(floors);
const target = 2;
process.stdout.write(
  `${JSON.stringify({
    bench: 'extract-speed-720p60-5s',
    ratio: Math.round(ratio * 100) / 100,
    target,
    pass: ratio <= target && cold.frames === 300,
    floorMs: Math.round(median(floors)),
    extractMs: Math.round(median(extractions)),
    coldExtractMs: Math.round(cold.ms),
    coldRatio: Math.round((cold.ms / median(floors)) * 100) / 100,
    frames: cold.frames,
    rounds,
  })}\n`,
);
if (ratio > target) process.exitCode = 1;
