/**
 * Start-up as a user meets it: whole `node packages/cli/dist/bin.js --version` processes (and `--help`,
 * `render --help`), each cold (a new process), against the floor of `node -e 0` measured in the same run,
 * alternating so both see the same machine load. Medians of `--rounds` (default 11).
 * Targets: `--version` ≤ 150 ms absolute; the ratio to the floor is reported beside it.
 *
 * Run after `npm run build`: `npx tsx packages/cli/bench/startup.bench.ts [--rounds 21]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchOption, median, twoDecimals, writeSummary } from '@motionreg/primitives/bench';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error(`[motionreg:bench] ${bin} is missing: run npm run build first`);
const rounds = benchOption('rounds', 11);
const targetMs = 150;

/** Milliseconds one whole process takes, start to exit; a failing process fails the benchmark. */
function timeProcess(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`[motionreg:bench] node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr.trim()}`);
  return elapsed;
}

const cases = { floor: ['-e', '0'], version: [bin, '--version'], help: [bin, '--help'], renderHelp: [bin, 'render', '--help'] };
const times: Record<keyof typeof cases, number[]> = { floor: [], version: [], help: [], renderHelp: [] };
// one untimed round first: the files are then in the page cache, as for any command run twice
for (const args of Object.values(cases)) timeProcess(args);
for (let round = 0; round < rounds; round += 1) {
  for (const [name, args] of Object.entries(cases) as [keyof typeof cases, string[]][]) times[name].push(timeProcess(args));
}
const ms = (name: keyof typeof cases) => Math.round(median(times[name]));
const pass = ms('version') <= targetMs && ms('help') <= targetMs && ms('renderHelp') <= targetMs;
writeSummary({
  bench: 'cli-startup-version-help',
  pass,
  targetMs,
  versionMs: ms('version'),
  helpMs: ms('help'),
  renderHelpMs: ms('renderHelp'),
  nodeFloorMs: ms('floor'),
  versionRatioToFloor: twoDecimals(median(times.version) / median(times.floor)),
  rounds,
});
process.exit(pass ? 0 : 1);
