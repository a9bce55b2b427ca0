/**
 * `motionreg extract` as a user runs it — one whole, cold process per file — against a floor measured in the
 * same run, median of 3 alternating rounds:
 * - a 1280×720 60 fps 5 s clip against ffmpeg's own rgb24 decode of it (target ≤ 2.0, goal 1.3);
 * - with `--pyscenedetect DIR` (a checkout of PySceneDetect's source; Debian's python3-opencv and friends),
 *   every video of the real-footage set against PySceneDetect's adaptive detector, cuts only, one whole
 *   `python3` process per video (target ≤ 1.0, goal 0.5). Outside CI.
 *
 * After `npm run build`: `npx tsx packages/extract/bench/extract-process.bench.ts [--pyscenedetect DIR]`
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';
import { median, twoDecimals, writeSummary } from '@motionreg/primitives/bench';
import { benchmarkRecipe, makeClip } from '../src/__fixtures__/generated-clips.js';

const root = new URL('../../..', import.meta.url).pathname;
const cli = join(root, 'packages/cli/dist/bin.js');
const rounds = 3;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

// why: the CLI as a user runs it when it is built; otherwise the same work (import, extract, print JSON) as
// one plain Node process, so the figure does not depend on another package's build
const runner = existsSync(cli) ? 'motionreg extract --json' : 'node: import @motionreg/extract, extractClip, JSON';
const extractArguments = (path: string) =>
  existsSync(cli)
    ? [cli, 'extract', path, '--json']
    : ['--input-type=module', '-e', `const { extractClip } = await import('@motionreg/extract'); process.stdout.write(JSON.stringify(await extractClip(${JSON.stringify(path)})));`];
const extractProcess = (path: string) => timed(() => execa(process.execPath, extractArguments(path), { stdout: 'ignore', cwd: root }));

const clip = await makeClip(benchmarkRecipe({ width: 1280, height: 720, fps: 60, seconds: 5 }));
const ffmpeg = resolveFfmpeg().path;
const decode = () => timed(() => execa(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-i', clip, '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-y', '/dev/null']));
const floors: number[] = [];
const extractions: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  floors.push(await decode());
  extractions.push(await extractProcess(clip));
}
const ratio = median(extractions) / median(floors);
writeSummary({
  bench: 'extract-process-720p60-5s',
  ratio: twoDecimals(ratio),
  target: 2,
  pass: ratio <= 2,
  floorMs: Math.round(median(floors)),
  extractMs: Math.round(median(extractions)),
  rounds,
  runner,
});
if (ratio > 2) process.exitCode = 1;

const pysceneFlag = process.argv.indexOf('--pyscenedetect');
if (pysceneFlag >= 0) {
  const source = process.argv[pysceneFlag + 1] ?? '';
  const videos = join(root, 'packages/extract/eval-real/videos');
  const program = 'import sys; sys.path.insert(0, sys.argv[1]); from scenedetect import detect, AdaptiveDetector; detect(sys.argv[2], AdaptiveDetector())';
  let ours = 0;
  let theirs = 0;
  for (const file of readdirSync(videos).filter((name) => name.endsWith('.mp4')).sort()) {
    const path = join(videos, file);
    const mine: number[] = [];
    const detector: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      detector.push(await timed(() => execa('/usr/bin/python3', ['-c', program, source, path])));
      mine.push(await extractProcess(path));
    }
    ours += median(mine);
    theirs += median(detector);
  }
  const setRatio = ours / theirs;
  writeSummary({
    bench: 'extract-real-set-vs-pyscenedetect-adaptive',
    ratio: twoDecimals(setRatio),
    target: 1,
    pass: setRatio <= 1,
    extractSeconds: twoDecimals(ours / 1000),
    pysceneDetectSeconds: twoDecimals(theirs / 1000),
    rounds,
    runner,
  });
  if (setRatio > 1) process.exitCode = 1;
}
