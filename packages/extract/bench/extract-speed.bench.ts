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
import { benchOption, median, twoDecimals, writeSummary } from '@motionreg/primitives/bench';

const rounds = Math.floor(benchOption('rounds', 5));
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
writeSummary({
  bench: 'extract-speed-720p60-5s',
  ratio: twoDecimals(ratio),
  target,
  pass: ratio <= target && cold.frames === 300,
  floorMs: Math.round(median(floors)),
  extractMs: Math.round(median(extractions)),
  coldExtractMs: Math.round(cold.ms),
  coldRatio: twoDecimals(cold.ms / median(floors)),
  frames: cold.frames,
  rounds,
});
if (ratio > target) process.exitCode = 1;
