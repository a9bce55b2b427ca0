/**
 * Peak memory of `extractClip` on a 60 s clip (1280×720, 30 fps, with audio): the extraction runs in a
 * fresh Node process whose peak resident set size (`process.resourceUsage().maxRSS`) is reported.
 * ffmpeg's own processes are separate and not counted. Target: ≤ 300 MB.
 *
 * Run after `npm run build`: `npx tsx packages/extract/bench/extract-memory.bench.ts [--seconds S]`.
 */
import { execa } from 'execa';
import { benchmarkRecipe, makeClip } from '../src/__fixtures__/generated-clips.js';
import { benchOption, writeSummary } from '@motionreg/primitives/bench';

const seconds = benchOption('seconds', 60);
const path = await makeClip(benchmarkRecipe({ width: 1280, height: 720, fps: 30, seconds }));
const script = `
const { extractClip } = await import('@motionreg/extract');
const started = performance.now();
const extraction = await extractClip(${JSON.stringify(path)});
const ms = performance.now() - started;
const json = JSON.stringify(extraction);
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, frames: extraction.frames.length, ms, jsonBytes: json.length }));
`;
const child = await execa(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url).pathname });
const measured = JSON.parse(child.stdout) as { maxRssKb: number; frames: number; ms: number; jsonBytes: number };
const peakMb = measured.maxRssKb / 1024;
const target = 300;
writeSummary({
  bench: `extract-memory-720p30-${seconds}s`,
  peakRssMb: Math.round(peakMb),
  target,
  pass: peakMb <= target && measured.frames === Math.round(seconds * 30),
  frames: measured.frames,
  extractMs: Math.round(measured.ms),
  jsonMb: Math.round((measured.jsonBytes / 1048576) * 10) / 10,
});
if (peakMb > target) process.exitCode = 1;
