import { randomUUID } from 'node:crypto';
import { buildSpec } from '@motionreg/create';
import { observeExtraction, summarizeExtraction } from '@motionreg/grow';
import { generatePrompts, interpret } from '@motionreg/interpret';
import { createSecureRandom, creationStrategySchema, MotionregError } from '@motionreg/primitives';
import type { Knowledge, RegistryStore, SceneSpec } from '@motionreg/primitives';
import { z } from 'zod';
import { oneLineError } from '../job/fail-job.js';
import { parseLoopOptions, repeatOptionsSchema, repeatRuns } from '../repeat/repeat-runs.js';
import { renderSoundExtraction } from './render-sound.js';

/** Options of {@link runSoundLoop} (besides the store, signal and log). */
export const soundLoopOptionsSchema = repeatOptionsSchema.extend({
  /** Seed of the first run; run i uses seed + i. @default a secure random seed */
  seed: z.number().int().nonnegative().max(2 ** 31).optional(),
  /** explore favours underused sounds, exploit the most used. @default 'explore' */
  mode: creationStrategySchema.default('explore'),
  /** Seconds of sound per run. @default 2 */
  durationSeconds: z.number().positive().max(600).default(2),
  /** Sound segments measured per second. @default 24 */
  segmentsPerSecond: z.number().int().min(1).max(200).default(24),
  /** The prefix of its job ids (`sound-loop-<uuid>`). @default 'sound-loop' */
  workflow: z.string().min(1).max(40).default('sound-loop'),
});
export type SoundLoopOptions = z.input<typeof soundLoopOptionsSchema> & {
  store: RegistryStore;
  signal?: AbortSignal;
  /** @default console.log */
  log?: (line: string) => void;
};

/** What {@link runSoundLoop} did. */
export interface SoundLoopSummary {
  runs: number;
  completed: number;
  failed: number;
  /** Static sound entries added and counted over all runs. */
  added: number;
  counted: number;
  interrupted: boolean;
}

/** How many generated prompts a run tries before it accepts a silent one. */
const audibleAttempts = 8;

/** A spec with something to hear, from a generated prompt: its pure sounds come from the origin primitives and the registry's static sounds. */
function audibleSpec(knowledge: Knowledge, seed: number, settings: z.infer<typeof soundLoopOptionsSchema>): SceneSpec {
  const generated = generatePrompts({ count: audibleAttempts, seed, knowledge, linguistic: knowledge.linguistic });
  const specs = generated.map((candidate, attempt) =>
    buildSpec(interpret(candidate.prompt, { linguistic: knowledge.linguistic, knowledge }), knowledge, { seed: seed + attempt, mode: settings.mode, durationSeconds: settings.durationSeconds }));
  const chosen = specs.find((spec) => spec.audio.presence !== 'silence') ?? specs[0];
  if (chosen === undefined) throw new MotionregError('internal', `the prompt generator returned no prompt for seed ${seed}`, { component: 'loops' });
  return chosen;
}

/**
 * The sound loop (seed 000 §3.1): audio only. Each run renders pure sounds chosen from the origin
 * primitives and the registry's static sound discoveries (no video), cuts the sound into segments,
 * measures each, and grows the static sound registry alone: one job per run, created completed
 * together with its discovery and learning runs (never a pending job another worker could claim).
 *
 * @example
 * ```ts
 * const summary = await runSoundLoop({ store, runs: 5 });
 * console.log(summary.added, 'new static sounds');
 * ```
 */
export async function runSoundLoop(options: SoundLoopOptions): Promise<SoundLoopSummary> {
  const { store, signal, log = console.log, ...plain } = options;
  const settings = parseLoopOptions(soundLoopOptionsSchema, plain, 'sound loop');
  const firstSeed = settings.seed ?? createSecureRandom().int(0, 2 ** 31 - 1);
  const summary: SoundLoopSummary = { runs: 0, completed: 0, failed: 0, added: 0, counted: 0, interrupted: false };
  summary.runs = await repeatRuns({ runs: settings.runs, delayMs: settings.delayMs, ...(signal === undefined ? {} : { signal }) }, async (index) => {
    const seed = (firstSeed + index) % 2 ** 31;
    const knowledge = await store.getKnowledge();
    const spec = audibleSpec(knowledge, seed, settings);
    // why: a job created first would sit pending, and a main-loop worker on the same store could claim
    // it as a video job; the growth record creates the job completed, with its runs, in one atomic write.
    const jobId = `${settings.workflow}-${randomUUID()}`;
    try {
      const extraction = renderSoundExtraction(spec, { segmentsPerSecond: settings.segmentsPerSecond, durationSeconds: settings.durationSeconds });
      if (signal?.aborted) throw new MotionregError('internal', 'interrupted', { component: 'loops', cause: signal.reason });
      const observations = observeExtraction(extraction, spec, 'frame').filter((observation) => observation.registry === 'static' && observation.aspect === 'sound');
      const outcome = await store.recordGrowth({
        jobId, prompt: spec.prompt, focus: 'frame', observations, learning: { spec, summary: summarizeExtraction(extraction) },
      });
      summary.completed += 1;
      summary.added += outcome.discoveryRun.added;
      summary.counted += outcome.discoveryRun.counted;
      log(`Sound [frame] job ${jobId} seed ${seed}: ${extraction.frames.length} segments, +${outcome.discoveryRun.added} new, ${outcome.discoveryRun.counted} counted static sounds — ${spec.pureSounds.map((sound) => sound.name).join(', ')}`);
    } catch (error) {
      summary.failed += 1;
      log(`Sound run ${jobId} failed: ${oneLineError(error)}`);
      if (!signal?.aborted) throw error;
    }
  });
  summary.interrupted = signal?.aborted === true;
  return summary;
}
