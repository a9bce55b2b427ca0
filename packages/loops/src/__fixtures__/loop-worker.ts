// A worker process for the acceptance tests: runs the main loop on a store URL and reports every
// log line, job and step as one JSON line on stdout. With `pauseAt`, it stops at that step of its
// first job (prints `paused`) and waits to be killed; with `jobId`, it runs that claimed job alone.
// Usage: node --import tsx loop-worker.ts '<json options>'   (LOOP_* variables from the environment)
import { z } from 'zod';
import { runJob } from '../job/run-job.js';
import type { JobProgress } from '../job/run-job.js';
import { runMainLoop } from '../main/run-main-loop.js';
import { openStoreUrl } from '../store-url/open-store-url.js';

const optionsSchema = z.object({
  store: z.string().min(1),
  runs: z.number().int().nonnegative(),
  seed: z.number().int().nonnegative(),
  outDir: z.string().min(1),
  worker: z.string().min(1),
  workflow: z.string().min(1).default('loop'),
  leaseMs: z.number().int().positive().default(600_000),
  pauseAt: z.enum(['interpret', 'create', 'render', 'extract', 'grow']).optional(),
  /** Run this one job (already claimed for `worker`) with runJob instead of a main loop. */
  jobId: z.string().min(1).optional(),
});
const options = optionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
const emit = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);

const store = openStoreUrl(options.store);
const pauseAt = async (progress: JobProgress) => {
  if (progress.phase !== options.pauseAt) return;
  emit({ type: 'paused', phase: progress.phase, jobId: progress.jobId });
  // why: hold the job mid-step, as a crash would find it, until the test kills this process with SIGKILL.
  await new Promise(() => setInterval(() => undefined, 60_000));
};
if (options.jobId !== undefined) {
  const job = await store.getJob(options.jobId);
  if (job === null) throw new Error(`no job ${options.jobId}`);
  await runJob({ store, job, seed: options.seed, outDir: options.outDir, width: 96, height: 64, fps: 8, defaultDurationSeconds: 1, focus: 'frame', onProgress: pauseAt });
  await store.close();
  process.exit(0);
}
const summary = await runMainLoop({
  store, runs: options.runs, seed: options.seed, outDir: options.outDir, worker: options.worker, workflow: options.workflow, leaseMs: options.leaseMs,
  width: 96, height: 64, fps: 8, defaultDurationSeconds: 1,
  log: (line) => emit({ type: 'log', line }),
  onJob: (report) => emit({ type: 'job', jobId: report.jobId, source: report.source, strategy: report.strategy, focus: report.focus, added: report.added, counted: report.counted }),
  onProgress: pauseAt,
});
await store.close();
emit({ type: 'summary', ...summary });
