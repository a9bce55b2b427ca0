// Acceptance (issue 13): the three workers of seed 003 §7.5 as separate processes on one registry —
// two LOOP_EXTRACTION_FOCUS=frame workers (LOOP_EXPLOIT_RATIO_OVERRIDE=0 and =1) and one =window —
// first on one SQLite file, then through a local registry service on that kind of file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '@motionreg/grow';
import type { RegistryExport, RegistryStore } from '@motionreg/primitives';
import { startNodeService } from '@motionreg/service';
import { spawnWorker } from './__fixtures__/spawn-worker.js';
import type { WorkerMessage, WorkerProcess } from './__fixtures__/spawn-worker.js';

const workers = [
  { worker: 'frame-explorer', environment: { LOOP_EXTRACTION_FOCUS: 'frame', LOOP_EXPLOIT_RATIO_OVERRIDE: '0' }, focus: 'frame' },
  { worker: 'frame-exploiter', environment: { LOOP_EXTRACTION_FOCUS: 'frame', LOOP_EXPLOIT_RATIO_OVERRIDE: '1' }, focus: 'frame' },
  { worker: 'window', environment: { LOOP_EXTRACTION_FOCUS: 'window' }, focus: 'window' },
] as const;

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

type Summary = Extract<WorkerMessage, { type: 'summary' }>;
type JobMessage = Extract<WorkerMessage, { type: 'job' }>;

/** Every entry of the export with the registry it is in. */
function everyEntry(document: RegistryExport) {
  return [
    ...[...document.static.colors, ...document.static.sound].map((entry) => ({ registry: 'static', sources: entry.sources })),
    ...Object.values(document.dynamic).flat().map((entry) => ({ registry: 'dynamic', sources: entry.sources })),
    ...Object.values(document.narrative).flat().map((entry) => ({ registry: 'narrative', sources: entry.sources })),
  ];
}

/** Runs the three workers on `store` (a URL) and checks everything a registry must show afterwards. */
async function runThreeWorkers(storeUrl: string, check: RegistryStore, outDir: string, runs: number, environment: Record<string, string> = {}) {
  const queued = await Promise.all(['neon rain over a city, 1 second', 'a slow pan over a calm sea, 1 second', 'hella foggy forest at dawn, 1 second'].map((prompt) => check.createJob({ prompt, workflow: 'queued' })));
  const processes: WorkerProcess[] = workers.map((worker, index) =>
    spawnWorker({ store: storeUrl, runs, seed: 1000 * (index + 1), outDir, worker: worker.worker, workflow: worker.worker }, { ...environment, ...worker.environment }),
  );
  const codes = await Promise.all(processes.map((process) => process.exited));
  const everything = processes.map((process) => `${process.messages.map((message) => JSON.stringify(message)).join('\n')}\n${process.stderr()}`).join('\n');
  expect(codes, everything).toEqual([0, 0, 0]);

  const jobsByWorker = new Map<string, JobMessage[]>();
  workers.forEach((worker, index) => {
    const messages = processes[index]!.messages;
    const summary = messages.find((message): message is Summary => message.type === 'summary')!;
    const logs = messages.flatMap((message) => (message.type === 'log' ? [message.line] : []));
    // each worker logs its focus on every job, and never Growth [all] or the unset warning
    expect(logs.filter((line) => line.startsWith(`Growth [${worker.focus}] job `)), everything).toHaveLength(runs);
    expect(logs.filter((line) => line.includes('Growth [all]') || line.includes('is unset'))).toEqual([]);
    expect(summary).toMatchObject({ worker: worker.worker, focus: worker.focus, runs, completed: runs, failed: 0 });
    if (worker.worker === 'frame-explorer') expect(summary).toMatchObject({ exploitRatio: 0, explored: runs, exploited: 0 });
    if (worker.worker === 'frame-exploiter') expect(summary).toMatchObject({ exploitRatio: 1, explored: 0, exploited: runs });
    jobsByWorker.set(worker.worker, messages.filter((message): message is JobMessage => message.type === 'job'));
  });
  const jobs = [...jobsByWorker.values()].flat();
  const total = runs * workers.length;
  expect(jobs).toHaveLength(total);
  expect(new Set(jobs.map((job) => job.jobId)).size).toBe(total);
  // the queued jobs were taken from the queue (each by exactly one worker: job ids are unique above)
  const claimed = new Set(jobs.filter((job) => job.source === 'queue').map((job) => job.jobId));
  for (const job of queued) expect(claimed.has(job.id)).toBe(true);

  expect(await check.countJobs()).toEqual({ pending: 0, rendered: 0, extracted: 0, completed: total, failed: 0 });
  const diagnostics = await check.diagnostics({ last: 100 });
  expect(diagnostics).toMatchObject({ missingLearning: 0, missingDiscovery: 0, failed: [], stale: [] });
  expect(diagnostics.jobs).toHaveLength(total);
  for (const job of jobs) expect((await check.getDiscoveryRun(job.jobId))?.focus).toBe(job.focus);

  // exact counts: every entry a job touched (added or counted) lists that job once among its sources
  const document = await check.exportRegistries();
  expect(document.totals).toMatchObject({ jobs: total, learningRuns: total, discoveryRuns: total });
  const entries = everyEntry(document);
  expect(entries.reduce((sum, entry) => sum + entry.sources.length, 0)).toBe(jobs.reduce((sum, job) => sum + job.added + job.counted, 0));
  expect(entries.reduce((sum, entry) => sum + entry.sources.length, 0)).toBeGreaterThan(0);
  // frame workers grew only the static registries, the window worker only the dynamic and narrative ones
  const frameJobs = new Set([...jobsByWorker.get('frame-explorer')!, ...jobsByWorker.get('frame-exploiter')!].map((job) => job.jobId));
  for (const entry of entries) {
    for (const source of entry.sources) expect(frameJobs.has(source)).toBe(entry.registry === 'static');
  }
  expect(document.static.colors.length).toBeGreaterThan(0);
  expect(document.dynamic.camera.length).toBeGreaterThan(0);
}

describe('three workers at once (acceptance)', () => {
  it('on one SQLite file: every job completed once, 0 missing runs, exact counts, each worker logging its focus', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-three-workers-'));
    directories.push(directory);
    const path = join(directory, 'registry.db');
    const check = createSqliteStore({ path });
    try {
      await runThreeWorkers(`sqlite:${path}`, check, join(directory, 'out'), 3);
    } finally {
      await check.close();
    }
  }, 240_000);

  it('against a local registry service (HTTP, one SQLite file behind it): the same', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-three-workers-service-'));
    directories.push(directory);
    const token = 'three-workers-test-token';
    const service = await startNodeService({ storeUrl: `sqlite:${join(directory, 'registry.db')}`, port: 0, token });
    const check = createSqliteStore({ path: join(directory, 'registry.db') });
    try {
      await runThreeWorkers(service.url, check, join(directory, 'out'), 2, { MOTIONREG_TOKEN: token });
    } finally {
      await check.close();
      await service.close();
    }
  }, 240_000);
});
