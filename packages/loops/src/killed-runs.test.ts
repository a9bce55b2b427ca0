// Acceptance (issue 13): a worker killed with SIGKILL in every step of a job leaves a store that
// diagnostics reports truthfully (stale jobs in the status each step leaves, the measured one missing
// its runs), with an intact SQLite file, and that backfillRuns plus a worker repairs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '@motionreg/grow';
import type { Job, JobStatus } from '@motionreg/primitives';
import { spawnWorker } from './__fixtures__/spawn-worker.js';
import { backfillRuns } from './backfill/backfill-runs.js';
import { runMainLoop } from './main/run-main-loop.js';

/** Each step, and the status a job killed at its start is left in. */
const steps: [step: string, leftAs: JobStatus][] = [
  ['interpret', 'pending'],
  ['create', 'pending'],
  ['render', 'pending'],
  ['extract', 'rendered'],
  ['grow', 'extracted'],
];

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('a worker killed with SIGKILL in every step (acceptance)', () => {
  it('leaves a store diagnostics reports truthfully, and backfillRuns with a worker repairs it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-killed-'));
    directories.push(directory);
    const path = join(directory, 'registry.db');
    const store = createSqliteStore({ path });
    try {
      for (const [step] of steps) await store.createJob({ prompt: `a slow pan over a calm sea, 1 second (${step})` });
      // each worker holds one claimed job (claimed here, so a worker slow to start cannot take another's expired claim)
      const leaseMs = 2_000;
      const claimed: Job[] = [];
      for (const [step] of steps) claimed.push((await store.claimJob({ worker: `killed-at-${step}`, leaseMs }))!);
      const workers = steps.map(([step], index) =>
        spawnWorker({ store: `sqlite:${path}`, runs: 1, seed: 7, outDir: join(directory, 'out'), worker: `killed-at-${step}`, jobId: claimed[index]!.id, pauseAt: step }, {}),
      );
      const paused = await Promise.all(workers.map((worker) => worker.waitFor((message) => message.type === 'paused')));
      for (const worker of workers) worker.child.kill('SIGKILL');
      expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual(steps.map(() => 'SIGKILL'));
      const killedJob = new Map(steps.map(([step], index) => [step, claimed[index]!.id]));
      expect(paused.map((message) => (message.type === 'paused' ? message.jobId : null))).toEqual(claimed.map((job) => job.id));

      // once the dead workers' leases have run out, every job they held is stale, in the status its step left it
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(claimed.at(-1)!.leaseExpiresAt!) + 100 - Date.now())));
      const diagnostics = await store.diagnostics({ last: 100, staleAfterMs: 1 });
      expect(diagnostics.counts).toEqual({ pending: 3, rendered: 1, extracted: 1, completed: 0, failed: 0 });
      const staleStatus = new Map(diagnostics.stale.map((job) => [job.jobId, job.status]));
      for (const [step, leftAs] of steps) expect(staleStatus.get(killedJob.get(step)!)).toBe(leftAs);
      expect(diagnostics.failed).toEqual([]);
      // only the measured (extracted) job owes a learning and a discovery run, and it has neither
      expect(diagnostics).toMatchObject({ missingLearning: 1, missingDiscovery: 1 });
      expect(diagnostics.jobs.map((job) => job.jobId)).toEqual([killedJob.get('grow')]);
      const raw = new Database(path);
      expect(raw.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      raw.close();

      // repair: the stale jobs become claimable again, and a worker runs each of them once
      const repaired = await backfillRuns({ store, last: 100, staleAfterMs: 1, staleJobs: 'retry', log: () => undefined });
      expect(repaired.result.retried.sort()).toEqual([...killedJob.values()].sort());
      expect(repaired.after.counts).toMatchObject({ pending: 5, rendered: 0, extracted: 0 });
      expect(repaired.after).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
      const summary = await runMainLoop({
        store, runs: 5, seed: 9, outDir: join(directory, 'out'), width: 96, height: 64, fps: 8, defaultDurationSeconds: 1,
        environment: { LOOP_EXTRACTION_FOCUS: 'frame' }, worker: 'repairer', log: () => undefined,
      });
      expect(summary).toMatchObject({ completed: 5, failed: 0, claimed: 5 });
      const after = await store.diagnostics({ last: 100 });
      expect(after.counts).toEqual({ pending: 0, rendered: 0, extracted: 0, completed: 5, failed: 0 });
      expect(after).toMatchObject({ missingLearning: 0, missingDiscovery: 0, stale: [], failed: [] });
      expect(after.jobs.every((job) => job.hasLearningRun && job.hasDiscoveryRun && !job.backfilled)).toBe(true);
    } finally {
      await store.close();
    }
  }, 180_000);
});
