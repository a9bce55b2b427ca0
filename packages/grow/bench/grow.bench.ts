// Benchmark: growing one extraction of a 2 s, 24 fps clip into the embedded SQLite store, over 1,000
// jobs, against a floor measured in the same run (the same number of rows written to SQLite by hand in
// one transaction). Target: at most 50 ms per growth on average. Also reports the store's size.
// Run after `npm run build`: npx tsx packages/grow/bench/grow.bench.ts [jobs]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { createSqliteStore, growFromExtraction, observeExtraction } from '@motionreg/grow';
import { buildExtraction } from '@motionreg/grow/testing';
import type { Rgb } from '@motionreg/primitives';
import { writeSummary } from '@motionreg/primitives/bench';

const targetMs = 50;
const jobs = Number(process.argv[2] ?? 1000);

/** Deterministic colours: a pool that keeps growing, as an exploring loop meets new colours. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}
const next = random(20_261_123);
const colour = (): Rgb => [Math.floor(next() * 256), Math.floor(next() * 256), Math.floor(next() * 256)];
const pool: Rgb[] = Array.from({ length: 64 }, colour);

/** A 2 s, 24 fps clip like extract's: up to 10 colours a frame, sound in every frame, 0.5 s windows. */
function extractionOf(job: number) {
  for (let fresh = 0; fresh < 3; fresh += 1) pool.push(colour());
  const palette = Array.from({ length: 14 }, (_, index) => pool[index < 3 ? pool.length - 1 - index : Math.floor(next() * pool.length)]!);
  return buildExtraction({ seed: job + 1, durationSeconds: 2, fps: 24, palette, colorsPerFrame: 10, windowFrames: 12, cameraTypes: ['pan', 'zoom', 'tilt', 'static'] });
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

const directory = mkdtempSync(join(tmpdir(), 'motionreg-grow-bench-'));
try {
  const path = join(directory, 'registry.db');
  const store = createSqliteStore({ path });
  await store.listJobs(); // applies the migrations outside the timed loop
  const extractions = Array.from({ length: jobs }, (_, job) => extractionOf(job));
  // why: the first name lookup builds the colour-name index (a one-off cost of the process, not of growth).
  await growFromExtraction(store, buildExtraction({ seed: 0 }), null, { jobId: 'warm-up', prompt: 'warm-up' });

  const timings: number[] = [];
  let rowsWritten = 0;
  for (const [job, extraction] of extractions.entries()) {
    const started = performance.now();
    const outcome = await growFromExtraction(store, extraction, null, { jobId: `job-${job}`, prompt: `bench job ${job}` });
    timings.push(performance.now() - started);
    rowsWritten += outcome.entries.length * 2 + 3;
  }
  const document = await store.exportRegistries();
  await store.close();
  const storeBytes = ['', '-wal', '-shm'].reduce((sum, suffix) => {
    try {
      return sum + statSync(`${path}${suffix}`).size;
    } catch {
      return sum;
    }
  }, 0);

  // The floor: the same number of rows per growth written to a SQLite file directly, one transaction each.
  const floorDatabase = new Database(join(directory, 'floor.db'));
  floorDatabase.exec('PRAGMA journal_mode = WAL');
  floorDatabase.exec('PRAGMA synchronous = NORMAL');
  floorDatabase.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, job TEXT NOT NULL, payload TEXT NOT NULL)');
  const insert = floorDatabase.prepare('INSERT INTO rows (job, payload) VALUES (?, ?)');
  const rowsPerGrowth = Math.round(rowsWritten / jobs);
  const floorTimings: number[] = [];
  for (let job = 0; job < Math.min(jobs, 300); job += 1) {
    const started = performance.now();
    floorDatabase.exec('BEGIN IMMEDIATE');
    for (let row = 0; row < rowsPerGrowth; row += 1) insert.run(`job-${job}`, '{"rgb":[17,34,51],"depth":{"gray":100}}');
    floorDatabase.exec('COMMIT');
    floorTimings.push(performance.now() - started);
  }
  floorDatabase.close();

  const meanMs = mean(timings);
  const floorMs = mean(floorTimings);
  const observationsPerJob = Math.round(mean(extractions.slice(0, 50).map((extraction) => observeExtraction(extraction, null, 'all').length)));
  const summary = {
    bench: 'grow-sqlite',
    ratio: Number((meanMs / floorMs).toFixed(2)),
    target: targetMs,
    pass: meanMs <= targetMs,
    meanMs: Number(meanMs.toFixed(2)),
    p50Ms: Number(percentile(timings, 0.5).toFixed(2)),
    p95Ms: Number(percentile(timings, 0.95).toFixed(2)),
    lastHundredMeanMs: Number(mean(timings.slice(-100)).toFixed(2)),
    floorMs: Number(floorMs.toFixed(3)),
    jobs,
    observationsPerJob,
    entries: document.totals.entries,
    storeBytes,
    storeMiB: Number((storeBytes / 1_048_576).toFixed(2)),
  };
  writeSummary(summary);
  if (!summary.pass) process.exitCode = 1;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
