import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildSpec } from '@motionreg/create';
import { extractClip } from '@motionreg/extract';
import { growFromExtraction, growFromPrompt } from '@motionreg/grow';
import { interpret } from '@motionreg/interpret';
import { colorValueSchema, invalidInput, MotionregError } from '@motionreg/primitives';
import type { CreationStrategy, GrowthFocus, Knowledge, RegistryStore } from '@motionreg/primitives';
import { renderClip } from '@motionreg/render';
import { z } from 'zod';
import { choosePrompt } from './choose-prompt.js';

/** Options of {@link runLoop}. */
export const runLoopOptionsSchema = z.object({
  /** How many jobs to run. @default 3 */
  runs: z.number().int().positive().max(100_000).default(3),
  /** What growth reads from each clip. @default 'all' */
  focus: z.enum(['frame', 'window', 'all']).default('all'),
  /** Where clips and truth files go. @default './motionreg-out' */
  outDir: z.string().min(1).default('./motionreg-out'),
  /** Seed of the first run; run i uses seed + i. @default a secure random seed */
  seed: z.number().int().nonnegative().max(2 ** 31).optional(),
  /** Share of runs that exploit (favour the most used) rather than explore. @default 0.3 */
  exploitRatio: z.number().min(0).max(1).default(0.3),
  width: z.number().int().min(16).max(3840).default(320),
  height: z.number().int().min(16).max(2160).default(240),
  fps: z.number().int().min(1).max(120).default(24),
  durationSeconds: z.number().positive().max(60).default(2),
  /** Prompts to run instead of generated ones (used in order, then generation takes over). */
  prompts: z.array(z.string().min(1)).default([]),
  /** The workflow label recorded on each job. @default 'loop' */
  workflow: z.string().min(1).default('loop'),
});
export type RunLoopOptions = z.input<typeof runLoopOptionsSchema>;

/** What one run of the loop did. */
export interface LoopRunReport {
  run: number;
  jobId: string;
  prompt: string;
  seed: number;
  strategy: CreationStrategy;
  clipPath: string;
  added: number;
  counted: number;
  linguisticAdded: number;
  frames: number;
  windows: number;
}

/**
 * The main loop: prompt → interpret → create → render → extract → grow → record, one job per run.
 * Every run reads fresh knowledge, so each clip draws on what the clips before it discovered.
 *
 * A run that fails leaves its job behind (status `pending`, `rendered` or `extracted`) for
 * `store.diagnostics()` to report and `store.backfill()` to close; growth itself is atomic and
 * recorded once per job, so nothing is lost or doubled whatever fails.
 *
 * @example
 * ```ts
 * const store = openStore('sqlite:./motionreg-out/registry.db');
 * for await (const report of runLoop(store, { runs: 3 })) console.log(report.prompt, report.added);
 * ```
 */
export async function* runLoop(store: RegistryStore, options: RunLoopOptions = {}): AsyncGenerator<LoopRunReport> {
  const parsed = runLoopOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput('loop', `invalid loop option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, parsed.error);
  }
  const settings = parsed.data;
  const outDir = resolve(settings.outDir);
  await mkdir(join(outDir, 'clips'), { recursive: true });
  const firstSeed = settings.seed ?? crypto.getRandomValues(new Uint32Array(1))[0]! % 2 ** 31;
  const recentPrompts: string[] = [];
  for (let run = 0; run < settings.runs; run += 1) {
    const seed = (firstSeed + run) % 2 ** 31;
    const knowledge: Knowledge = await store.getKnowledge();
    const prompt = settings.prompts[run] ?? choosePrompt(knowledge, seed, recentPrompts);
    recentPrompts.push(prompt);
    // why: a fixed share of exploit runs, spread by the seed rather than bunched at the start.
    const strategy: CreationStrategy = ((seed * 2654435761) >>> 0) / 2 ** 32 < settings.exploitRatio ? 'exploit' : 'explore';
    const job = await store.createJob({ prompt, workflow: settings.workflow });
    const instruction = interpret(prompt, { linguistic: knowledge.linguistic, knowledge });
    const promptOutcome = await growFromPrompt(store, instruction, { sourceId: job.id, source: settings.workflow });
    const spec = buildSpec(instruction, knowledge, { seed, mode: strategy });
    const clipPath = join(outDir, 'clips', `${job.id}.mp4`);
    await renderClip(spec, {
      out: clipPath,
      width: settings.width,
      height: settings.height,
      fps: settings.fps,
      durationSeconds: instruction.durationSeconds ?? settings.durationSeconds,
    });
    await store.updateJob(job.id, { status: 'rendered', clipPath });
    const extraction = await extractClip(clipPath, {
      spec,
      prompt,
      knownColors: knowledge.static.colors.flatMap((entry) => {
        const value = colorValueSchema.safeParse(entry.value);
        return value.success ? [{ name: entry.name, rgb: value.data.rgb, key: entry.key }] : [];
      }),
    });
    await store.updateJob(job.id, { status: 'extracted', clipPath });
    const growth = await growFromExtraction(store, extraction, spec, { jobId: job.id, focus: settings.focus as GrowthFocus, prompt });
    if (growth.alreadyRecorded) {
      throw new MotionregError('conflict', `job ${job.id} was already grown: a new job must never reuse an id`, { component: 'loop' });
    }
    yield {
      run: run + 1,
      jobId: job.id,
      prompt,
      seed,
      strategy,
      clipPath,
      added: growth.discoveryRun.added,
      counted: growth.discoveryRun.counted,
      linguisticAdded: promptOutcome.linguisticAdded,
      frames: extraction.frames.length,
      windows: extraction.windows.length,
    };
  }
}
