import { growFromExtraction, growFromPrompt } from '@motionreg/grow';
import { buildExtraction, buildInstruction, buildSceneSpec } from '@motionreg/grow/testing';
import { createSeededRandom } from '@motionreg/primitives';
import type { GrowthFocus, Mapping, RegistryStore, Rgb } from '@motionreg/primitives';

// why: claims take the oldest pending job; a pause after each create keeps creation times distinct
// (they have millisecond resolution), so the claim order is the same on every store and every run.
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

/** Options of {@link runLoopWrites}. */
export interface LoopWritesOptions {
  seed: number;
  /** Jobs the loop runs. @default 12 */
  jobs?: number;
}

const mappings: readonly Mapping[] = [
  { span: 'slow', canonical: 'slow', domain: 'motion.speed', kind: 'exact' },
  { span: 'calm', canonical: 'calm', domain: 'audio.mood', kind: 'exact' },
  { span: 'crane', canonical: 'crane', domain: 'camera.motion', kind: 'exact' },
  { span: 'hella fast', canonical: 'fast', domain: 'motion.speed', kind: 'slang' },
];
const subjects = ['sea', 'city at night', 'forest path', 'desert road', 'neon alley', 'snowy ridge'];
const palettePool: Rgb[] = [[0, 128, 128], [255, 136, 0], [34, 34, 68], [238, 238, 221], [136, 0, 68], [102, 170, 51], [200, 30, 30], [20, 90, 200]];

/**
 * The writes one main-loop worker makes, as a seeded sequence: queue and claim jobs, move them
 * through rendered and extracted, grow each from a fixture extraction (with or without its learning
 * run in the same unit, recording it on its own when not), grow the prompt's linguistic mappings,
 * interpret queued prompts, fail a job now and then, and close with a backfill. The same seed makes
 * the same writes in the same order on any store, so two stores can be compared entry for entry.
 */
export async function runLoopWrites(store: RegistryStore, options: LoopWritesOptions): Promise<{ jobIds: string[] }> {
  const random = createSeededRandom(options.seed);
  const jobs = options.jobs ?? 12;
  const jobIds: string[] = [];
  for (let index = 0; index < jobs; index += 1) {
    const prompt = `a ${random.pick(['slow', 'calm', 'hella fast'])} ${random.pick(['pan', 'crane'])} over the ${random.pick(subjects)} ${index}`;
    const id = `loop-${options.seed}-${index}`;
    await store.createJob({ id, prompt, workflow: random.pick(['explorer', 'exploiter']) });
    await tick();
    // A side job made without an id: the client names it, so a retried create cannot make two.
    if (random.next() < 0.3) {
      await store.createJob({ prompt: `${prompt} (queued twin)` });
      await tick();
    }
    const claimed = await store.claimJob({ worker: `worker-${options.seed}`, leaseMs: 600_000 });
    if (claimed === null) throw new Error(`loop ${options.seed}: nothing to claim at job ${index}`);
    if (random.next() < 0.1) {
      await store.updateJob(claimed.id, { status: 'failed', error: `render: ffmpeg exited with code 1 (job ${index})` });
      continue;
    }
    await store.updateJob(claimed.id, { status: 'rendered', clipPath: `out/clip-${options.seed}-${index}.mp4` });
    await store.updateJob(claimed.id, { status: 'extracted' });
    const palette = random.shuffle(palettePool).slice(0, 3 + random.int(0, 3));
    const extraction = buildExtraction({ seed: options.seed * 1_000 + index, palette, cameraTypes: [random.pick(['pan', 'zoom', 'tilt', 'static'])] });
    const focus: GrowthFocus = random.pick(['all', 'all', 'frame', 'window']);
    const withLearning = random.next() < 0.8;
    const spec = random.next() < 0.5 ? buildSceneSpec(claimed.prompt) : null;
    await growFromExtraction(store, extraction, spec, { jobId: claimed.id, prompt: claimed.prompt, focus, learning: withLearning });
    if (!withLearning) await store.recordLearningRun({ jobId: claimed.id, prompt: claimed.prompt, spec, summary: { late: true, index } });
    const used = mappings.filter((mapping) => claimed.prompt.includes(mapping.span));
    await growFromPrompt(store, buildInstruction(claimed.prompt, used), { sourceId: claimed.id });
    if (random.next() < 0.3) {
      const queued = await store.enqueueInterpretation({ prompt: `interpret ${random.pick(subjects)} ${index}`, source: 'web' });
      await store.completeInterpretation(queued.id, buildInstruction(queued.prompt, [random.pick(mappings)]));
    }
    jobIds.push(claimed.id);
  }
  await store.backfill({ last: 1_000, staleJobs: 'keep' });
  return { jobIds };
}

/** Drops what differs between two runs of the same writes: timestamps and store-made ids. */
function stable(value: unknown, idsByValue: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => stable(item, idsByValue));
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? (idsByValue.get(value) ?? value) : value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (/At$/.test(key)) continue;
    result[key] = stable(item, idsByValue);
  }
  return result;
}

/**
 * Everything a loop leaves in a store, minus timestamps, with ids the store or client made (side
 * jobs, interpretations) replaced by their prompts: the export, every job with its learning and
 * discovery runs, the interpretations, counts and diagnostics.
 */
export async function registrySnapshot(store: RegistryStore): Promise<unknown> {
  const jobs = await store.listJobs({ limit: 10_000 });
  const interpretations = await store.listInterpretations({ limit: 10_000 });
  const idsByValue = new Map<string, string>();
  for (const job of jobs) if (!job.id.startsWith('loop-')) idsByValue.set(job.id, `job:${job.prompt}`);
  for (const record of interpretations) idsByValue.set(record.id, `interpretation:${record.prompt}`);
  const runs = await Promise.all(jobs.map(async (job) => ({ job, learning: await store.getLearningRun(job.id), discovery: await store.getDiscoveryRun(job.id) })));
  const byPrompt = (a: { job: { prompt: string } }, b: { job: { prompt: string } }) => (a.job.prompt < b.job.prompt ? -1 : a.job.prompt > b.job.prompt ? 1 : 0);
  return stable({
    export: await store.exportRegistries(),
    jobs: runs.sort(byPrompt),
    interpretations,
    counts: await store.countJobs(),
    diagnostics: await store.diagnostics({ last: 1_000 }),
    linguistic: await store.listLinguistic(),
  }, idsByValue);
}
