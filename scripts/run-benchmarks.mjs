#!/usr/bin/env node
// `npm run bench`: builds, then runs every packages/*/bench/*.bench.ts with tsx, one at a time (the
// figures are ratios to a floor measured in the same script, so runs must not compete for the cores).
// Each benchmark prints one JSON line {"bench", "pass", ...}; this prints a table and exits 1 on a miss.
// Usage: npm run bench [-- <filter>]   e.g. npm run bench -- render
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
if (process.env.MOTIONREG_BENCH_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const files = readdirSync(join(root, 'packages')).flatMap((name) => {
  const directory = join(root, 'packages', name, 'bench');
  return existsSync(directory) ? readdirSync(directory).filter((file) => file.endsWith('.bench.ts')).map((file) => join(directory, file)) : [];
}).filter((file) => file.includes(filter));

const results = [];
for (const file of files) {
  const name = relative(root, file);
  process.stdout.write(`\n▶ ${name}\n`);
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [file], { cwd: join(file, '..', '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout ?? '');
  const summaries = (run.stdout ?? '').split('\n').filter((line) => line.startsWith('{') && line.includes('"bench"')).map((line) => {
    try {
      return JSON.parse(line);
    } catch {
      return null;
    }
  }).filter(Boolean);
  if (summaries.length === 0) results.push({ file: name, bench: '(no summary line)', pass: false, exit: run.status });
  for (const summary of summaries) results.push({ file: name, ...summary, exit: run.status });
}

process.stdout.write('\nbenchmark summary\n');
for (const result of results) {
  const { file, bench, pass, exit, ...figures } = result;
  process.stdout.write(`${pass && exit === 0 ? 'PASS' : 'MISS'}  ${bench}  ${JSON.stringify(figures)}  (${file})\n`);
}
const missed = results.filter((result) => !(result.pass && result.exit === 0));
process.stdout.write(`${results.length - missed.length} passed, ${missed.length} failed\n`);
process.exit(missed.length > 0 ? 1 : 0);
