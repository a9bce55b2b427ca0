/**
 * Speed of `interpret` from the built package (run `npm run build` first):
 * - first call: a fresh import of dist plus one interpretation, lexicon load included (target ≤ 500 ms);
 * - throughput after warm-up on one core, over the evaluation prompts and generated ones
 *   (target ≥ 5,000 prompts/s). The floor measured in the same run is the cost of normalising and
 *   tokenising the same prompts, the least any interpreter must do.
 * Prints one JSON line and exits 1 when a target is missed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { twoDecimals, writeSummary } from '@motionreg/primitives/bench';

const here = dirname(fileURLToPath(import.meta.url));
const distEntry = join(here, '..', 'dist', 'index.js');

// The first call is measured in a fresh plain Node process (this script runs under tsx, whose loader
// slows every import): import of the package and its dependencies, lexicon load, one interpretation.
const probe = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', `const t=performance.now();const m=await import(${JSON.stringify(pathToFileURL(distEntry).href)});m.interpret('a slow pan across a misty forest at dawn, no music, 8 seconds');const all=performance.now()-t;const t2=performance.now();m.interpret('hella fast neon city at night');process.stdout.write(JSON.stringify({all,next:performance.now()-t2}));`],
  { encoding: 'utf8' },
);
if (probe.status !== 0) throw new Error(`first-call probe failed: ${probe.stderr}`);
const { all: firstCallMs } = JSON.parse(probe.stdout) as { all: number; next: number };
const dist = (await import(distEntry)) as typeof import('../src/index.js');

const evalPrompts = readFileSync(join(here, '..', 'eval', 'prompts.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { prompt: string }).prompt);
const prompts = [...evalPrompts, ...dist.generatePrompts({ count: 600, seed: 'bench' }).map((generated) => generated.prompt)];

for (let round = 0; round < 5; round += 1) for (const prompt of prompts) dist.interpret(prompt);

const rounds = 20;
let count = 0;
const interpretStart = performance.now();
for (let round = 0; round < rounds; round += 1) {
  for (const prompt of prompts) {
    dist.interpret(prompt);
    count += 1;
  }
}
const interpretSeconds = (performance.now() - interpretStart) / 1000;
const promptsPerSecond = count / interpretSeconds;

let words = 0;
const floorStart = performance.now();
for (let round = 0; round < rounds; round += 1) {
  for (const prompt of prompts) words += dist.normalizePrompt(prompt).split(' ').length;
}
const floorPerSecond = count / ((performance.now() - floorStart) / 1000);

const target = { promptsPerSecond: 5000, firstCallMs: 500 };
const pass = promptsPerSecond >= target.promptsPerSecond && firstCallMs <= target.firstCallMs;
writeSummary({
  bench: 'interpret',
  ratio: twoDecimals(promptsPerSecond / target.promptsPerSecond),
  target,
  pass,
  promptsPerSecond: Math.round(promptsPerSecond),
  firstCallMs: Math.round(firstCallMs),
  floorPromptsPerSecond: Math.round(floorPerSecond),
  ratioToFloor: Math.round((promptsPerSecond / floorPerSecond) * 1000) / 1000,
  prompts: count,
  words,
});
process.exitCode = pass ? 0 : 1;
