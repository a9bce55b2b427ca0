import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createSecureRandom, growthFocusSchema, MotionregError } from '@motionreg/primitives';
import type { CreationStrategy, Job, RegistryStore } from '@motionreg/primitives';
import type { RenderProgress } from '@motionreg/render';
import { writeReport } from '@motionreg/report/node';
import { z } from 'zod';
import { oneLineError } from '../job/fail-job.js';
import { keepLease } from '../job/keep-lease.js';
import { isTakenOver } from '../job/move-job.js';
import { runJob } from '../job/run-job.js';
import type { JobProgress, JobReport } from '../job/run-job.js';
import { parseLoopOptions, repeatOptionsSchema, repeatRuns } from '../repeat/repeat-runs.js';
import { choosePrompt } from './choose-prompt.js';
import { resolveExploitRatio, resolveFocus, unsetFocusMessage } from './loop-environment.js';

/** Share of exploit runs when neither the option nor `LOOP_EXPLOIT_RATIO_OVERRIDE` sets one. */
export const defaultExploitRatio = 0.3;

/** How many jobs a run queues, each taken by another worker, before it gives up. */
const maxQueueAttempts = 10;

/** Options of {@link runMainLoop} (besides the store, signal and callbacks). */
export const mainLoopOptionsSchema = repeatOptionsSchema.extend({
  /** What growth reads. @default `LOOP_EXTRACTION_FOCUS`, else 'all' */
  focus: growthFocusSchema.optional(),
  /** Share of runs that exploit a good earlier prompt. @default `LOOP_EXPLOIT_RATIO_OVERRIDE`, else 0.3 */
  exploitRatio: z.number().min(0).max(1).optional(),
  /** This worker's name on the jobs it claims. @default `<host>-<pid>` */
  worker: z.string().min(1).max(200).optional(),
  /** How long a claim on a queued job holds. @default 600000 */
  leaseMs: z.number().int().positive().max(86_400_000).default(600_000),
  /** The workflow label of the jobs it creates. @default 'loop' */
  workflow: z.string().min(1).max(40).default('loop'),
  /** Seed of the first run; run i uses seed + i. @default a secure random seed */
  seed: z.number().int().nonnegative().max(2 ** 31).optional(),
  /** Where clips go (`<outDir>/clips/<job id>.mp4`). @default './motionreg-out' */
  outDir: z.string().min(1).default('./motionreg-out'),
  width: z.number().int().min(16).max(3840).multipleOf(2).default(320),
  height: z.number().int().min(16).max(2160).multipleOf(2).default(240),
  fps: z.number().positive().max(120).default(24),
  /** Clip length when a prompt names none. @default a seeded pick of the origin shot lengths */
  defaultDurationSeconds: z.number().positive().max(3600).optional(),
  /** Prompts to run first, in order, before the queue and generation. @default [] */
  prompts: z.array(z.string().trim().min(1)).default([]),
  /** Give up (rethrow) after this many failed jobs in a row; 0 never gives up. @default 3 */
  maxConsecutiveFailures: z.number().int().nonnegative().default(3),
});
export type MainLoopOptions = z.input<typeof mainLoopOptionsSchema> & {
  store: RegistryStore;
  /** Stops the loop: the current job is failed cleanly ("interrupted") and the loop returns. */
  signal?: AbortSignal;
  /** Where the loop's lines go. @default console.log */
  log?: (line: string) => void;
  /** The environment read for `LOOP_EXTRACTION_FOCUS` and `LOOP_EXPLOIT_RATIO_OVERRIDE`. @default process.env */
  environment?: NodeJS.ProcessEnv;
  /** Hears every finished job. */
  onJob?: (report: JobReport & { strategy: CreationStrategy; source: JobSource }) => void;
  /** Hears every step of every job (progress bars, tests). */
  onProgress?: (progress: JobProgress) => void | Promise<void>;
  /** Hears every rendered frame of every job (`done` of `total`). */
  onRenderProgress?: (progress: RenderProgress) => void;
};

/** Where a run's job came from: the store's queue (queued by someone else), the `prompts` option, a generated prompt or an earlier one. */
export type JobSource = 'queue' | 'given' | 'generated' | 'earlier';

/** What {@link runMainLoop} did. */
export interface MainLoopSummary {
  worker: string;
  focus: 'frame' | 'window' | 'all';
  exploitRatio: number;
  runs: number;
  completed: number;
  failed: number;
  /** Jobs left to another worker that took them over (this worker's lease was lost). */
  takenOver: number;
  /** Jobs taken from the store's queue. */
  claimed: number;
  explored: number;
  exploited: number;
  /** True when the signal stopped the loop. */
  interrupted: boolean;
}

/**
 * The main loop (seed 003 §7.5): each run takes the oldest pending job from the store's queue
 * (`claimJob`, a lease so N workers never take the same job) or, when the queue is empty, explores (a
 * newly generated prompt, creation favouring underused entries) or exploits (a good earlier prompt,
 * creation favouring the most used), by `exploitRatio`; then runs the job ({@link runJob}) and logs
 * `Growth [frame|window|all]`. A failed job is logged and the loop goes on; a signal fails the
 * current job cleanly and returns.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * process.once('SIGINT', () => controller.abort());
 * await runMainLoop({ store, runs: 0, focus: 'frame', exploitRatio: 0, signal: controller.signal });
 * ```
 */
export async function runMainLoop(options: MainLoopOptions): Promise<MainLoopSummary> {
  const { store, signal, log = console.log, environment = process.env, onJob, onProgress, onRenderProgress, ...plain } = options;
  const settings = parseLoopOptions(mainLoopOptionsSchema, plain, 'main loop');
  const focus = resolveFocus(settings.focus, environment);
  const exploitRatio = resolveExploitRatio(settings.exploitRatio, environment, defaultExploitRatio);
  const worker = settings.worker ?? `${hostname()}-${process.pid}`;
  if (focus.from === 'unset') log(unsetFocusMessage(focus));
  const firstSeed = settings.seed ?? createSecureRandom().int(0, 2 ** 31 - 1);
  const recent: string[] = [];
  const summary: MainLoopSummary = { worker, focus: focus.focus, exploitRatio, runs: 0, completed: 0, failed: 0, takenOver: 0, claimed: 0, explored: 0, exploited: 0, interrupted: false };
  let failuresInARow = 0;

  summary.runs = await repeatRuns({ runs: settings.runs, delayMs: settings.delayMs, ...(signal === undefined ? {} : { signal }) }, async (index) => {
    const seed = (firstSeed + index) % 2 ** 31;
    // why: a fixed share of exploit runs, spread over the seeds rather than bunched at the start.
    const strategy: CreationStrategy = ((seed * 2654435761) >>> 0) / 2 ** 32 < exploitRatio ? 'exploit' : 'explore';
    let job: Job | null = await store.claimJob({ worker, leaseMs: settings.leaseMs });
    let source: JobSource = 'queue';
    // why: a new job is pending, so another worker's claim may take it before this one moves it on. A
    // worker therefore puts its job in the queue and claims from it like everyone; when another worker
    // took it, that one runs it and this one queues another. Every job is then run exactly once.
    for (let attempt = 0; job === null; attempt += 1) {
      if (attempt === maxQueueAttempts) throw new MotionregError('conflict', `worker ${worker}: ${attempt} jobs queued in a row were all taken by other workers`, { component: 'loops' });
      const given = settings.prompts[index];
      const chosen = given === undefined ? choosePrompt(await store.getKnowledge(), strategy, seed + attempt, recent) : { prompt: given, origin: 'given' as const };
      source = chosen.origin;
      const created = await store.createJob({ prompt: chosen.prompt, workflow: settings.workflow });
      job = await store.claimJob({ worker, leaseMs: settings.leaseMs });
      if (job === null) log(`Queued job ${created.id}: taken by another worker — ${chosen.prompt}`);
      else if (job.id !== created.id) source = 'queue';
    }
    if (source === 'queue') summary.claimed += 1;
    const prompt = job.prompt;
    recent.push(prompt);
    if (strategy === 'exploit') summary.exploited += 1;
    else summary.explored += 1;
    // why: a render can outlast the lease; renewing it keeps every other worker off the job until it is done.
    const lease = keepLease({
      store, job, leaseMs: settings.leaseMs, ...(signal === undefined ? {} : { signal }),
      onError: (error) => log(`Lease renewal of job ${job.id} failed (retrying): ${oneLineError(error)}`),
    });
    try {
      const report = await runJob({
        store, job, workflow: settings.workflow, seed, mode: strategy, focus: focus.focus, outDir: settings.outDir,
        width: settings.width, height: settings.height, fps: settings.fps,
        ...(settings.defaultDurationSeconds === undefined ? {} : { defaultDurationSeconds: settings.defaultDurationSeconds }),
        signal: lease.signal, ...(onProgress === undefined ? {} : { onProgress }),
        ...(onRenderProgress === undefined ? {} : { onRenderProgress }),
      });
      summary.completed += 1;
      failuresInARow = 0;
      log(`Growth [${focus.focus}] job ${report.jobId} ${strategy} (${source}) seed ${seed}: +${report.added} new, ${report.counted} counted, +${report.linguisticAdded} linguistic — ${prompt}`);
      onJob?.({ ...report, strategy, source });
    } catch (error) {
      // A job another worker holds now is theirs to finish: neither failed here nor a reason to give up.
      if (isTakenOver(error)) {
        summary.takenOver += 1;
        log(`Job taken over (${source}, seed ${seed}): ${oneLineError(error)} — ${prompt}`);
        return;
      }
      summary.failed += 1;
      failuresInARow += 1;
      log(`Job failed (${source}, seed ${seed}): ${oneLineError(error)} — ${prompt}`);
      if (signal?.aborted) return;
      if (settings.maxConsecutiveFailures > 0 && failuresInARow >= settings.maxConsecutiveFailures) throw error;
    } finally {
      lease.stop();
    }
  });
  summary.interrupted = signal?.aborted === true;
  // why: the loop ends by leaving something a person can look at (issue 16): the report, beside the clips.
  const page = await writeReport({ store, out: join(settings.outDir, 'report.html'), clipsDirectory: join(settings.outDir, 'clips') });
  log(`Report: ${page.path} (${page.entries} entries); clips and their .extraction.json in ${resolve(settings.outDir, 'clips')}`);
  return summary;
}
