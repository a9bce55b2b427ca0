/**
 * Peak memory of a long extraction written as JSON Lines (`writeExtractionLines`): a 60-minute 1280×720
 * 30 fps clip (testsrc2 with a tone, made by ffmpeg ultrafast and cached) beside a 60-second one of the
 * same kind, each in a fresh Node process whose peak resident set size is reported (ffmpeg's processes are
 * separate). Memory must stay flat in length: target ≤ 300 MB for the 60-minute clip. Outside `npm test`
 * (making the clip takes minutes, extracting it longer).
 *
 * `npx tsx packages/extract/bench/extract-long-memory.bench.ts [--minutes M]`
 */
import { execa } from 'execa';
import { benchOption, twoDecimals, writeSummary } from '@motionreg/primitives/bench';
import { longBenchmarkRecipe, makeClip } from '../src/__fixtures__/generated-clips.js';

const minutes = benchOption('minutes', 60);
const size = { width: 1280, height: 720, fps: 30 };

async function measure(seconds: number) {
  const path = await makeClip(longBenchmarkRecipe({ ...size, seconds }));
  const script = `
const { createWriteStream } = await import('node:fs');
const { writeExtractionLines } = await import('@motionreg/extract');
const started = performance.now();
const output = createWriteStream('/dev/null');
const extraction = await writeExtractionLines(${JSON.stringify(path)}, output);
await new Promise((resolve) => output.end(resolve));
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, frames: extraction.source.frameCount, ms: performance.now() - started }));
`;
  const child = await execa(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: new URL('../../..', import.meta.url).pathname });
  return JSON.parse(child.stdout) as { maxRssKb: number; frames: number; ms: number };
}

const short = await measure(60);
const long = await measure(minutes * 60);
const target = 300;
const peakMb = long.maxRssKb / 1024;
writeSummary({
  bench: `extract-lines-memory-720p30-${minutes}min`,
  peakRssMb: Math.round(peakMb),
  peakRss60sMb: Math.round(short.maxRssKb / 1024),
  growth: twoDecimals(long.maxRssKb / short.maxRssKb),
  target,
  pass: peakMb <= target && long.frames === minutes * 60 * size.fps,
  frames: long.frames,
  extractSeconds: Math.round(long.ms / 1000),
  framesPerSecond: Math.round(long.frames / (long.ms / 1000)),
});
if (peakMb > target) process.exitCode = 1;
