import { extractionSchema, growthFocusSchema, parseOrThrow, sceneSpecSchema } from '@motionreg/primitives';
import type { Extraction, GrowthFocus, GrowthOutcome, RegistryStore, SceneSpec } from '@motionreg/primitives';
import { z } from 'zod';
import { observeExtraction } from './observe-extraction.js';
import { summarizeExtraction } from './summarize-extraction.js';

/** Options of {@link growFromExtraction}. */
export interface GrowFromExtractionOptions {
  /** The job whose clip this is; growth is recorded at most once per job id. */
  jobId: string;
  /** What to grow: `frame` static only, `window` dynamic and narrative only, `all` both. @default 'all' */
  focus?: GrowthFocus;
  /** The job's prompt (kept on the job, shown with its sources). */
  prompt: string;
  /** Also record the job's learning run (spec + summary), in the same atomic unit. @default true */
  learning?: boolean;
}

const optionsSchema = z.object({
  jobId: z.string().min(1).max(200),
  focus: growthFocusSchema.default('all'),
  prompt: z.string(),
  learning: z.boolean().default(true),
});

/**
 * Grows the registries from one clip's measurements: every measurement is keyed (see the README's
 * quantisation table), then counted when the registry has its key (count + sightings, job appended to
 * the sources) or added under a new, unique, digit-free name. The job's discovery run, its learning
 * run and its completion are written in the same atomic unit, once: growing the same job again
 * changes nothing and reports `alreadyRecorded`.
 *
 * The store is the first argument (not a method of it) so every store — memory, SQLite, D1 over
 * HTTP, or a remote service — gets the same keys from the same code.
 *
 * @example
 * ```ts
 * const store = createSqliteStore({ path: './motionreg-out/registry.db' });
 * const outcome = await growFromExtraction(store, extraction, spec, { jobId: job.id, focus: 'all', prompt: job.prompt });
 * console.log(outcome.discoveryRun.added, 'new entries');
 * ```
 */
export async function growFromExtraction(
  store: RegistryStore,
  extraction: Extraction,
  spec: SceneSpec | null,
  options: GrowFromExtractionOptions,
): Promise<GrowthOutcome> {
  const parsedOptions = parseOrThrow(optionsSchema, options, { component: 'grow', what: 'growth options' });
  const parsedExtraction = parseOrThrow(extractionSchema, extraction, { component: 'grow', what: 'extraction' });
  const parsedSpec = spec === null ? null : parseOrThrow(sceneSpecSchema, spec, { component: 'grow', what: 'scene spec' });
  return store.recordGrowth({
    jobId: parsedOptions.jobId,
    prompt: parsedOptions.prompt,
    focus: parsedOptions.focus,
    observations: observeExtraction(parsedExtraction, parsedSpec, parsedOptions.focus),
    ...(parsedOptions.learning ? { learning: { spec: parsedSpec, summary: summarizeExtraction(parsedExtraction) } } : {}),
  });
}
