// Benchmark: 8 concurrent writers record growth (distinct job ids, a 2 s clip's observations each)
// for 30 s through @motionreg/client against the Node service (its own process, a SQLite file, on
// 127.0.0.1), against a floor measured in the same run: the same writes for the same time straight
// into a SQLite store. Asserts no error and no lost or doubled count (every key's count equals the sum
// of the recorded observations' occurrences, one discovery run per write). Prints requests/s and p99
// latency of both, and their ratios to the floor. Each side first records one untimed warm-up growth.
// Run after `npm run build`: npx tsx packages/client/bench/service-load.bench.ts [--seconds 30] [--writers 8]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createRegistryClient } from '@motionreg/client';
import { createSqliteStore, observeExtraction, summarizeExtraction } from '@motionreg/grow';
import { buildExtraction } from '@motionreg/grow/testing';
import type { RegistryExport, RegistryStore, Rgb } from '@motionreg/primitives';
import { benchOption, twoDecimals, writeSummary } from '@motionreg/primitives/bench';

const seconds = benchOption('seconds', 30);
const writers = Math.round(benchOption('writers', 8));
const token = 'bench-token';

/** A pool of realistic growths: 2 s, 24 fps clips with up to 8 colours a frame, camera and sound windows. */
function growthPool(size: number) {
  let state = 20_261_208;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
  const colour = (): Rgb => [Math.floor(next() * 256), Math.floor(next() * 256), Math.floor(next() * 256)];
  const colours = Array.from({ length: 96 }, colour);
  return Array.from({ length: size }, (_, index) => {
    const palette = Array.from({ length: 10 }, () => colours[Math.floor(next() * colours.length)]!);
    const extraction = buildExtraction({ seed: index + 1, palette, colorsPerFrame: 8, windowFrames: 12, cameraTypes: ['pan', 'zoom', 'tilt', 'static'] });
    return { observations: observeExtraction(extraction, null, 'all'), learning: { spec: null, summary: summarizeExtraction(extraction) } };
  });
}

interface PhaseResult {
  writes: number;
  errors: string[];
  latencies: number[];
  elapsedMs: number;
  /** How often each pool growth was recorded, the untimed warm-up included. */
  uses: number[];
}

/** `writers` loops, each recording growth under its own job ids until the time is up. */
async function runPhase(store: RegistryStore, pool: ReturnType<typeof growthPool>, label: string): Promise<PhaseResult> {
  const uses = pool.map(() => 0);
  const latencies: number[] = [];
  const errors: string[] = [];
  // why: the first growth of a process builds the colour-name index (seconds on a busy machine); left in
  // the timed run, the 8 writers' first requests all wait on it and make the p99 of a cold start.
  await store.recordGrowth({ jobId: `${label}-warm-up`, prompt: 'warm-up', focus: 'all', observations: pool[0]!.observations, learning: pool[0]!.learning });
  uses[0]! += 1;
  const started = performance.now();
  const deadline = started + seconds * 1_000;
  await Promise.all(Array.from({ length: writers }, async (_, writer) => {
    for (let n = 0; performance.now() < deadline; n += 1) {
      const which = (writer * 7 + n * 13) % pool.length;
      const growth = pool[which]!;
      const begun = performance.now();
      try {
        const outcome = await store.recordGrowth({ jobId: `${label}-w${writer}-${n}`, prompt: `bench writer ${writer} job ${n}`, focus: 'all', observations: growth.observations, learning: growth.learning });
        if (outcome.alreadyRecorded) errors.push(`${label}-w${writer}-${n}: recorded twice`);
        latencies.push(performance.now() - begun);
        uses[which]! += 1;
      } catch (error) {
        errors.push(String(error));
      }
    }
  }));
  return { writes: latencies.length, errors, latencies, elapsedMs: performance.now() - started, uses };
}

/** Every key's count in an export. */
function exportCounts(document: RegistryExport): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (prefix: string, list: readonly { key: string; count: number; origin?: string }[]) => {
    for (const entry of list) counts.set(`${prefix}.${entry.origin ?? ''}.${entry.key}`, entry.count);
  };
  add('static.colors', document.static.colors);
  add('static.sound', document.static.sound);
  for (const [aspect, list] of Object.entries(document.dynamic)) add(`dynamic.${aspect}`, list);
  for (const [aspect, list] of Object.entries(document.narrative)) add(`narrative.${aspect}`, list);
  return counts;
}

/** Keys whose count is not the sum of the recorded observations' occurrences (lost or doubled). */
function countMismatches(document: RegistryExport, pool: ReturnType<typeof growthPool>, result: PhaseResult): number {
  const expected = new Map<string, number>();
  pool.forEach((growth, index) => {
    for (const observation of growth.observations) {
      const key = `${observation.registry}.${observation.aspect}.${observation.origin ?? ''}.${observation.key}`;
      expected.set(key, (expected.get(key) ?? 0) + observation.occurrences * result.uses[index]!);
    }
  });
  for (const [key, count] of [...expected]) if (count === 0) expected.delete(key);
  const actual = exportCounts(document);
  let mismatches = Math.abs(actual.size - expected.size);
  for (const [key, count] of expected) if (actual.get(key) !== count) mismatches += 1;
  return mismatches + Math.abs(document.totals.discoveryRuns - (result.writes + 1)); // + the warm-up
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

async function startServiceProcess(storeUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const script = fileURLToPath(new URL('./service-process.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
  const child = spawn(tsx, [script, storeUrl, token], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the service process exited ${code} before it listened`)));
  });
  return { url, stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.stdin.end(); }) };
}

const directory = mkdtempSync(join(tmpdir(), 'motionreg-service-load-'));
try {
  const pool = growthPool(64);

  // The floor: the same writes, same concurrency, straight into a SQLite store in this process.
  const local = createSqliteStore({ path: join(directory, 'floor.db') });
  await local.countJobs(); // migrations outside the timed run
  const floor = await runPhase(local, pool, 'floor');
  const floorMismatches = countMismatches(await local.exportRegistries(), pool, floor);
  await local.close();

  // Through the client and the service (in its own process) over loopback.
  const service = await startServiceProcess(`sqlite:${join(directory, 'served.db')}`);
  let requests = 0;
  const client = createRegistryClient({
    baseUrl: service.url, token,
    fetch: (input, init) => {
      requests += 1;
      return fetch(input, init);
    },
  });
  requests = 0;
  const served = await runPhase(client, pool, 'served');
  const servedRequests = requests - 1; // the warm-up
  const servedMismatches = countMismatches(await client.exportRegistries(), pool, served);
  await service.stop();

  const rate = (result: PhaseResult) => result.writes / (result.elapsedMs / 1_000);
  const floorRate = rate(floor);
  const servedRate = rate(served);
  const floorP99 = percentile(floor.latencies, 0.99);
  const servedP99 = percentile(served.latencies, 0.99);
  for (const error of [...floor.errors, ...served.errors].slice(0, 5)) process.stderr.write(`error: ${error}\n`);
  writeSummary({
    bench: 'client.service-load',
    pass: floor.errors.length === 0 && served.errors.length === 0 && floorMismatches === 0 && servedMismatches === 0 && served.writes > 0,
    seconds,
    writers,
    observationsPerWrite: Math.round(pool.reduce((sum, growth) => sum + growth.observations.length, 0) / pool.length),
    servedWrites: served.writes,
    servedRequests,
    servedErrors: served.errors.length,
    servedCountMismatches: servedMismatches,
    servedRequestsPerSecond: twoDecimals(servedRate),
    servedP50Ms: twoDecimals(percentile(served.latencies, 0.5)),
    servedP99Ms: twoDecimals(servedP99),
    floorWrites: floor.writes,
    floorErrors: floor.errors.length,
    floorCountMismatches: floorMismatches,
    floorRequestsPerSecond: twoDecimals(floorRate),
    floorP50Ms: twoDecimals(percentile(floor.latencies, 0.5)),
    floorP99Ms: twoDecimals(floorP99),
    requestsPerSecondRatio: twoDecimals(servedRate / floorRate),
    p99Ratio: twoDecimals(servedP99 / floorP99),
  });
} finally {
  rmSync(directory, { recursive: true, force: true });
}
