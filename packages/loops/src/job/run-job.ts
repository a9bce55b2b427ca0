import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { buildSpec } from '@motionreg/create';
import { interpret } from '@motionreg/interpret';
import {
  checkClipDuration, colorValueSchema, creationStrategySchema, emptyKnowledge, growthFocusSchema, invalidInput, jobSchema, maxClipSeconds, MotionregError,
} from '@motionreg/primitives';
import type { CreationStrategy, GrowthFocus, Instruction, Job, Knowledge, RegistryStore, SceneSpec } from '@motionreg/primitives';
import { prepareEncoder, renderClip } from '@motionreg/render';
import type { PreparedEncoder, RenderProgress } from '@motionreg/render';
import { z } from 'zod';
import { failJob } from './fail-job.js';
import { isTakenOver, moveJob } from './move-job.js';
import { shareClip } from './share-clip.js';

const component = 'loops';

/**
 * The steps after the clip (extract, grow, record), loaded only by a job that runs them.
 * why: `motionreg render` stops after the clip; importing extract, grow (its SQLite and D1 stores) and report up
 * front made every render compile and evaluate them before its first frame. The CLI's bundle splits them off.
 */
async function laterSteps() {
  const [{ extractClip }, { growFromExtraction, growFromPrompt }, { writeJobExtraction }] = await Promise.all([
    import('@motionreg/extract'), import('@motionreg/grow'), import('@motionreg/report/node'),
  ]);
  return { extractClip, growFromExtraction, growFromPrompt, writeJobExtraction };
}

/** The steps of a job, in order; `onProgress` hears each one as it starts. */
export const jobPhases = ['interpret', 'create', 'render', 'extract', 'grow'] as const;
export type JobPhase = (typeof jobPhases)[number];

/** What {@link RunJobOptions.onProgress} hears: a step starting, or the job done. */
export interface JobProgress {
  phase: JobPhase | 'done';
  /** The job's id (`null` for a render-only run, which records no job). */
  jobId: string | null;
  prompt: string;
}

/** Options of {@link runJob}, checked with zod before anything runs. */
export const runJobOptionsSchema = z
  .object({
    /** A prompt: a new job is created for it. */
    prompt: z.string().trim().min(1).optional(),
    /** A job already in the store (claimed from the queue): it is run as it is. */
    job: jobSchema.optional(),
    /** The workflow label of a new job. @default 'loop' */
    workflow: z.string().min(1).max(40).default('loop'),
    /** Seed of every random choice of the spec. */
    seed: z.number().int().nonnegative().max(2 ** 31),
    /** explore favours underused registry entries, exploit the most used. @default 'explore' */
    mode: creationStrategySchema.default('explore'),
    /** The MP4 to write (its truth goes beside it). */
    out: z.string().min(1).optional(),
    /** Else a directory: the clip goes to `<outDir>/clips/<job id>.mp4`. */
    outDir: z.string().min(1).optional(),
    width: z.number().int().min(16).max(3840).multipleOf(2).default(320),
    height: z.number().int().min(16).max(2160).multipleOf(2).default(240),
    fps: z.number().positive().max(120).default(24),
    /** Clip length that overrides the prompt's own; goes into the spec, so the cuts fit it. */
    durationSeconds: z.number().positive().optional(),
    /** Clip length when the prompt names none. @default a seeded pick of the origin shot lengths */
    defaultDurationSeconds: z.number().positive().max(maxClipSeconds).optional(),
    /** What growth reads from the clip. @default 'all' */
    focus: growthFocusSchema.default('all'),
    /** `render` stops after the clip (no job, no extraction, no growth: the store is only read); `all` runs every step. @default 'all' */
    steps: z.enum(['render', 'all']).default('all'),
    /** PNG stills and a WAV beside the clip (render command). */
    stills: z.array(z.number().int().nonnegative()).default([]),
    wav: z.boolean().default(false),
  })
  .refine((options) => (options.prompt === undefined) !== (options.job === undefined), 'give a prompt or a job, not both')
  .refine((options) => (options.out === undefined) !== (options.outDir === undefined), 'give out (a file) or outDir (a directory), not both');

export type RunJobOptions = z.input<typeof runJobOptionsSchema> & {
  /** The registries: knowledge is read from it and the job recorded in it. `null` (render only) creates from the origins alone. */
  store: RegistryStore | null;
  /** Stops the job between steps; the job is then marked `failed` ("interrupted"). */
  signal?: AbortSignal;
  /** Hears each step as it starts (progress bars, logs, tests that stop a job at a step). */
  onProgress?: (progress: JobProgress) => void | Promise<void>;
  /** Hears every rendered audio and video frame (`done` of `total`), for a progress bar with an ETA. */
  onRenderProgress?: (progress: RenderProgress) => void;
};

/** What {@link runJob} did. */
export interface JobReport {
  jobId: string | null;
  prompt: string;
  seed: number;
  mode: CreationStrategy;
  focus: GrowthFocus;
  clipPath: string;
  truthPath: string;
  stillPaths: string[];
  wavPath: string | null;
  durationSeconds: number;
  creationMode: SceneSpec['creationMode'];
  frameCount: number;
  /** Measured windows (0 for a render-only run). */
  windows: number;
  /** Registry entries added and counted by growth (0 for a render-only run). */
  added: number;
  counted: number;
  /** Linguistic mappings the prompt added. */
  linguisticAdded: number;
}

function parseOptions(options: RunJobOptions): z.infer<typeof runJobOptionsSchema> {
  const { store: _store, signal: _signal, onProgress: _onProgress, onRenderProgress: _onRenderProgress, ...plain } = options;
  const parsed = runJobOptionsSchema.safeParse(plain);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput(component, `invalid job option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, parsed.error);
  }
  return parsed.data;
}

/** Builds the spec; the prompt's own length goes through the spec (`buildSpec` checks it against `maxClipSeconds`, naming the prompt). */
function specFor(instruction: Instruction, knowledge: Knowledge, settings: z.infer<typeof runJobOptionsSchema>): SceneSpec {
  if (settings.durationSeconds !== undefined) checkClipDuration(settings.durationSeconds, 'the durationSeconds option', component);
  // why: an explicit length overrides the prompt's inside the instruction, so the spec (cuts, truth) is built for it.
  const sized = settings.durationSeconds === undefined ? instruction : { ...instruction, durationSeconds: settings.durationSeconds };
  return buildSpec(sized, knowledge, {
    seed: settings.seed,
    mode: settings.mode,
    ...(settings.defaultDurationSeconds === undefined ? {} : { durationSeconds: settings.defaultDurationSeconds }),
  });
}

function knownColorsOf(knowledge: Knowledge) {
  return knowledge.static.colors.flatMap((entry) => {
    const value = colorValueSchema.safeParse(entry.value);
    return value.success ? [{ name: entry.name, rgb: value.data.rgb, key: entry.key }] : [];
  });
}

function interrupted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const reason: unknown = signal.reason;
    throw new MotionregError('internal', `interrupted${reason instanceof Error && reason.message.length > 0 ? ` (${reason.message})` : ''}`, { component, cause: reason });
  }
}

/**
 * One job: prompt → interpret → create → render → extract → grow → record. The one pipeline the CLI's
 * `render` and `loop`, the examples and the service's workers share.
 *
 * The job moves `pending` → `rendered` → `extracted` → `completed` (growth completes it atomically,
 * exactly once). When a step throws, or `signal` aborts between steps, the job is marked `failed` with
 * the one-line error and the error is rethrown: no job is left `pending` by a failure this process saw.
 * The prompt's own length goes through the spec, so the truth file always matches the clip.
 *
 * @example
 * ```ts
 * const store = createSqliteStore({ path: './motionreg-out/registry.db' });
 * const report = await runJob({ store, prompt: 'a slow pan over a calm sea, 2 seconds', seed: 7, outDir: './motionreg-out' });
 * console.log(report.jobId, report.added, 'new entries');
 * ```
 */
export async function runJob(options: RunJobOptions): Promise<JobReport> {
  const settings = parseOptions(options);
  const { store, signal, onProgress, onRenderProgress } = options;
  if (settings.steps === 'all' && store === null) throw invalidInput(component, 'a job that grows the registries needs a store');
  const prompt = settings.job?.prompt ?? settings.prompt!;
  let job: Job | null = settings.job ?? null;
  const progress = async (phase: JobProgress['phase']) => {
    await onProgress?.({ phase, jobId: job?.id ?? null, prompt });
  };
  let prepared: PreparedEncoder | null = null;
  try {
    interrupted(signal);
    if (settings.out !== undefined) {
      // why: with the clip's path known up front, ffmpeg starts now and is ready (about 0.1 s of its own
      // start-up) when the first frame is drawn; renderClip adopts it, and the finally below stops it otherwise.
      await mkdir(dirname(resolve(settings.out)), { recursive: true });
      prepared = prepareEncoder({ out: resolve(settings.out), width: settings.width, height: settings.height, fps: settings.fps });
    }
    const knowledge = store === null ? emptyKnowledge() : await store.getKnowledge();
    await progress('interpret');
    const instruction = interpret(prompt, { linguistic: knowledge.linguistic, knowledge });
    await progress('create');
    const spec = specFor(instruction, knowledge, settings);
    // why: the job is created only once the prompt is known to be renderable, and only when it will be recorded.
    if (settings.steps === 'all' && job === null) job = await store!.createJob({ prompt, workflow: settings.workflow });
    const steps = settings.steps === 'all' ? await laterSteps() : null;
    const linguisticAdded = steps === null
      ? 0
      : (await steps.growFromPrompt(store!, instruction, { sourceId: job!.id, source: settings.workflow })).linguisticAdded;
    interrupted(signal);
    await progress('render');
    const clipPath = resolve(settings.out ?? join(settings.outDir!, 'clips', `${job?.id ?? `seed-${settings.seed}`}.mp4`));
    await mkdir(dirname(clipPath), { recursive: true });
    // why: the signal reaches the render too, which stops ffmpeg and removes its partial files at once.
    const rendered = await renderClip(spec, {
      out: clipPath, width: settings.width, height: settings.height, fps: settings.fps, stills: settings.stills, wav: settings.wav,
      ...(signal === undefined ? {} : { signal }), ...(onRenderProgress === undefined ? {} : { onProgress: onRenderProgress }),
      ...(prepared === null ? {} : { prepared }),
    });
    const report: JobReport = {
      jobId: job?.id ?? null, prompt, seed: settings.seed, mode: settings.mode, focus: settings.focus, clipPath: rendered.out, truthPath: rendered.truthPath,
      stillPaths: rendered.stillPaths, wavPath: rendered.wavPath, durationSeconds: rendered.truth.video.durationSeconds, creationMode: spec.creationMode,
      frameCount: rendered.truth.video.frameCount, windows: 0, added: 0, counted: 0, linguisticAdded,
    };
    if (steps === null || job === null) {
      await progress('done');
      return report;
    }
    await moveJob(store!, job, 'rendered', rendered.out);
    // why: on the service, the clip goes with the job, so a report anywhere can play what this worker found (issue 12).
    await shareClip(store!, job.id, rendered.out);
    interrupted(signal);
    await progress('extract');
    const extraction = await steps.extractClip(rendered.out, { spec, prompt, knownColors: knownColorsOf(knowledge) });
    // why: what was measured stays beside the clip (<clip>.extraction.json) for a person to read (issue 16).
    await steps.writeJobExtraction(rendered.out, extraction);
    await moveJob(store!, job, 'extracted', rendered.out);
    interrupted(signal);
    await progress('grow');
    const growth = await steps.growFromExtraction(store!, extraction, spec, { jobId: job.id, focus: settings.focus, prompt });
    if (growth.alreadyRecorded) {
      throw new MotionregError('conflict', `job ${job.id} was already grown: it was run twice`, { component });
    }
    await progress('done');
    return { ...report, windows: extraction.windows.length, added: growth.discoveryRun.added, counted: growth.discoveryRun.counted };
  } catch (error) {
    // why: keepLease aborts with a taken-over reason once another worker holds the job: it is theirs, so it is not failed.
    if (signal?.aborted === true && isTakenOver(signal.reason)) throw signal.reason;
    // why: an abort inside a step rejects with the signal's bare AbortError; the job records it as the interruption it was.
    const recorded = signal?.aborted === true && !(MotionregError.isInstance(error) && error.message.includes('interrupted'))
      ? new MotionregError('internal', `interrupted during a step: ${error instanceof Error ? error.message : String(error)}`, { component, cause: error })
      : error;
    if (job !== null && store !== null && !isTakenOver(error)) await failJob(store, job.id, recorded);
    throw error;
  } finally {
    // a no-op once renderClip adopted it; else (an earlier step failed) the waiting ffmpeg is stopped
    await prepared?.abort();
  }
}
