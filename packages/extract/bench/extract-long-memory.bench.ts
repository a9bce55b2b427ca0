/**
 * Peak memory of a long extraction written as JSON Lines (`writeExtractionLines`): a 60-minute 1280×720
 * 30 fps file beside a 60-second one, each in a fresh Node process whose peak resident set size is reported
 * (ffmpeg's processes are separate). The 60-second clip is testsrc2 with a tone, made by ffmpeg ultrafast;
 * the long file is that clip joined end to end by ffmpeg's concat demuxer without re-encoding (encoding an
 * hour took hours on two shared cores), both cached. Memory must stay flat in length: target ≤ 300 MB for
 * the 60-minute file. Outside `npm test` (extracting an hour takes a quarter of an hour or more).
 *
 * After `npm run build`: `npx tsx packages/extract/bench/extract-long-memory.bench.ts [--minutes M]`
 */
import { stat, writeFile } from 'node:fs/promises';
import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';
import { benchOption, twoDecimals, writeSummary } from '@motionreg/primitives/bench';
import { longBenchmarkRecipe, makeClip } from '../src/__fixtures__/generated-clips.js';

const minutes = benchOption('minutes', 60);
const size = { width: 1280, height: 720, fps: 30 };

/** The 60-second clip joined `minutes` times (stream copy), cached beside it. */
async function longFile(minutes: number): Promise<string> {
  const minute = await makeClip(longBenchmarkRecipe({ ...size, seconds: 60 }));
  const path = minute.replace(/\.mp4$/, `-x${minutes}.mp4`);
  if ((await stat(path).catch(() => null))?.size) return path;
  const list = `${path}.txt`;
  await writeFile(list, Array.from({ length: minutes }, () => `file '${minute}'\n`).join(''));
  await execa(resolveFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', path]);
  return path;
}

async function measure(path: string) {
  const script = `
const { createWriteStream } = await import('node:fs');
const { writeExtractionLines } = await import('@motionreg/extract');
const started = performance.now();
const output = createWriteStream('/dev/null');
const extraction = await writeExtractionLines(${JSON.stringify(path)}, output);
await new Promise((resolve) => output.end(resolve));
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, frames: extraction.source.frameCount, ms: performance.now() - started }));
`;
  // why: the built package, as a user runs it (`npm run bench` builds first); no TypeScript loader in the measured process
  const child = await execa(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('../../..', import.meta.url).pathname });
  return JSON.parse(child.stdout) as { maxRssKb: number; frames: number; ms: number };
}

const short = await measure(await makeClip(longBenchmarkRecipe({ ...size, seconds: 60 })));
const long = await measure(await longFile(minutes));
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
