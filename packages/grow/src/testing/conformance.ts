import { registryExportSchema, storeCapabilitiesSchema } from '@motionreg/primitives';
import type { Extraction, GrowthFocus, RegistryExport, RegistryStore, Rgb, SceneSpec } from '@motionreg/primitives';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditRegistryExport } from '../core/audit-export.js';
import { containsWholeWord } from '../core/whole-word.js';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { growFromPrompt } from '../growth/grow-from-prompt.js';
import { observeExtraction } from '../growth/observe-extraction.js';
import { latticeColor } from '../growth/quantize.js';
import { expectCode } from './conformance-context.js';
import type { ConformanceContext, StoreHarness } from './conformance-context.js';
import { describeJobConformance } from './conformance-jobs.js';
import { buildExtraction, buildInstruction, buildSceneSpec } from './fixtures.js';

export type { ProcessClaimers, StoreHarness } from './conformance-context.js';

/** Options of {@link describeStoreConformance}. */
export interface StoreConformanceOptions {
  /** Shown in the test names. */
  name: string;
  /** Makes a fresh harness for each test. */
  create: () => StoreHarness | Promise<StoreHarness>;
}

const prompt = 'a slow pan over calm water';

/** `registry.aspect.origin.key` → count, from an export. */
function exportCounts(document: RegistryExport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of document.static.colors) counts.set(`static.colors..${entry.key}`, entry.count);
  for (const entry of document.static.sound) counts.set(`static.sound..${entry.key}`, entry.count);
  for (const [aspect, list] of Object.entries(document.dynamic)) for (const entry of list) counts.set(`dynamic.${aspect}..${entry.key}`, entry.count);
  for (const [aspect, list] of Object.entries(document.narrative)) for (const entry of list) counts.set(`narrative.${aspect}.${entry.origin}.${entry.key}`, entry.count);
  return counts;
}

/** The counts growth must produce: the sum of the observations' occurrences over the given growths. */
function expectedCounts(growths: readonly { extraction: Extraction; spec: SceneSpec | null; focus: GrowthFocus }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { extraction, spec, focus } of growths) {
    for (const observation of observeExtraction(extraction, spec, focus)) {
      const key = `${observation.registry}.${observation.aspect}.${observation.origin ?? ''}.${observation.key}`;
      counts.set(key, (counts.get(key) ?? 0) + observation.occurrences);
    }
  }
  return counts;
}

function sortedEntries(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Everything a rename must reach, as text: the export, every job and every learning run. */
async function everything(store: RegistryStore): Promise<string> {
  const document = await store.exportRegistries();
  const jobs = await store.listJobs({ limit: 10_000 });
  const learning = await Promise.all(jobs.map((job) => store.getLearningRun(job.id)));
  return JSON.stringify({ document, jobs, learning });
}

/** Whole-word uses of `name` inside the string values of a JSON text. */
function usesOf(json: string, name: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (containsWholeWord(node, name)) found.push(node);
    } else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(JSON.parse(json));
  return found;
}

/**
 * The one conformance suite every {@link RegistryStore} passes (memory, SQLite, D1 over HTTP, and
 * any adapter you write). Tests that need a capability the store does not declare are skipped by
 * that capability, never by name. Call it inside a vitest test file.
 *
 * @example
 * ```ts
 * // in my-store.test.ts, with describeStoreConformance imported from @motionreg/grow/testing:
 * describeStoreConformance({ name: 'memory', create: () => ({ store: createMemoryStore() }) });
 * ```
 */
export function describeStoreConformance(options: StoreConformanceOptions): void {
  describe(`RegistryStore conformance: ${options.name}`, () => {
    let harness: StoreHarness;
    let extra: RegistryStore[];
    const open = async (factory: (() => RegistryStore | Promise<RegistryStore>) | undefined, what: string) => {
      if (factory === undefined) throw new Error(`the ${options.name} harness declares ${what} but gives no way to open it`);
      const store = await factory();
      extra.push(store);
      return store;
    };

    beforeEach(async () => {
      extra = [];
      harness = await options.create();
    });
    afterEach(async () => {
      for (const store of extra) await store.close();
      await harness.store.close();
      await harness.dispose?.();
    });

    it('declares the v1 specification and its capabilities', () => {
      expect(harness.store.specificationVersion).toBe('v1');
      expect(typeof harness.store.kind).toBe('string');
      expect(storeCapabilitiesSchema.safeParse(harness.store.capabilities).success).toBe(true);
    });

    const context: ConformanceContext = { harness: () => harness, open };
    describeJobConformance(context);

    it('grows every observation with its exact count and a unique, digit-free name', async () => {
      const extraction = buildExtraction({ seed: 3 });
      const outcome = await growFromExtraction(harness.store, extraction, null, { jobId: 'job-1', prompt });
      expect(outcome.alreadyRecorded).toBe(false);
      const document = await harness.store.exportRegistries();
      expect(registryExportSchema.safeParse(document).success).toBe(true);
      expect(sortedEntries(exportCounts(document))).toEqual(sortedEntries(expectedCounts([{ extraction, spec: null, focus: 'all' }])));
      expect(auditRegistryExport(document)).toEqual([]);
      expect(outcome.discoveryRun.added).toBe(exportCounts(document).size);
      expect(outcome.discoveryRun.counted).toBe(0);
      expect(outcome.entries.every((entry) => entry.added)).toBe(true);
      expect(document.dynamic.gradient.length).toBeGreaterThan(0);
      expect(document.dynamic.camera.length).toBeGreaterThan(0);
      expect(document.dynamic.sound.length).toBeGreaterThan(0);
      expect(document.dynamic.blends.length).toBeGreaterThan(0);
      for (const color of document.static.colors) expect(color.sources).toEqual(['job-1']);
      expect(document.totals).toMatchObject({ jobs: 1, learningRuns: 1, discoveryRuns: 1, entries: exportCounts(document).size });
      expect((await harness.store.getJob('job-1'))?.status).toBe('completed');
    });

    it('stores the 16-primitive depth on every colour, summing to 100', async () => {
      await growFromExtraction(harness.store, buildExtraction({ seed: 4 }), null, { jobId: 'job-1', prompt });
      const { colors } = (await harness.store.exportRegistries()).static;
      expect(colors.length).toBeGreaterThan(3);
      for (const color of colors) {
        expect(Object.keys(color.depth)).toHaveLength(16);
        expect(Object.values(color.depth).reduce((sum, pct) => sum + pct, 0)).toBeCloseTo(100, 2);
        expect(Object.values(color.depth).filter((pct) => pct > 0).length).toBeLessThanOrEqual(4);
        expect(latticeColor(color.rgb)).toEqual(color.rgb);
      }
    });

    it('records growth once per job, however often it is retried', async () => {
      const extraction = buildExtraction({ seed: 5 });
      const first = await growFromExtraction(harness.store, extraction, null, { jobId: 'job-1', prompt });
      const before = await harness.store.exportRegistries();
      const retries = await Promise.all([1, 2, 3].map(() => growFromExtraction(harness.store, extraction, null, { jobId: 'job-1', prompt })));
      const again = await growFromExtraction(harness.store, buildExtraction({ seed: 99 }), null, { jobId: 'job-1', prompt });
      for (const retry of [...retries, again]) {
        expect(retry.alreadyRecorded).toBe(true);
        expect(retry.entries).toEqual([]);
        expect(retry.discoveryRun).toEqual(first.discoveryRun);
      }
      const after = await harness.store.exportRegistries();
      expect(exportCounts(after)).toEqual(exportCounts(before));
      expect(after.totals).toEqual(before.totals);
    });

    it('counts a key seen again, appending the job to its sources', async () => {
      const extraction = buildExtraction({ seed: 6 });
      await growFromExtraction(harness.store, extraction, null, { jobId: 'job-1', prompt });
      const second = await growFromExtraction(harness.store, extraction, null, { jobId: 'job-2', prompt });
      expect(second.discoveryRun.added).toBe(0);
      expect(second.entries.every((entry) => !entry.added)).toBe(true);
      const document = await harness.store.exportRegistries();
      const single = expectedCounts([{ extraction, spec: null, focus: 'all' }]);
      expect(sortedEntries(exportCounts(document))).toEqual(sortedEntries(new Map([...single].map(([key, count]) => [key, count * 2]))));
      for (const color of document.static.colors) expect(color.sources).toEqual(['job-1', 'job-2']);
      expect(auditRegistryExport(document)).toEqual([]);
    });

    it('grows only the static registries for focus frame, only dynamic and narrative for window', async () => {
      const extraction = buildExtraction({ seed: 7 });
      await growFromExtraction(harness.store, extraction, null, { jobId: 'frame-job', prompt, focus: 'frame' });
      let document = await harness.store.exportRegistries();
      expect(document.static.colors.length).toBeGreaterThan(0);
      expect(document.static.sound.length).toBeGreaterThan(0);
      expect(Object.values(document.dynamic).flat()).toEqual([]);
      expect(Object.values(document.narrative).flat()).toEqual([]);
      expect((await harness.store.getDiscoveryRun('frame-job'))?.focus).toBe('frame');

      await growFromExtraction(harness.store, extraction, null, { jobId: 'window-job', prompt, focus: 'window' });
      document = await harness.store.exportRegistries();
      expect(sortedEntries(exportCounts(document))).toEqual(
        sortedEntries(expectedCounts([{ extraction, spec: null, focus: 'frame' }, { extraction, spec: null, focus: 'window' }])),
      );
      expect(document.dynamic.camera.length).toBeGreaterThan(0);
      expect(Object.values(document.narrative).flat().length).toBeGreaterThan(0);
    });

    it('labels every narrative entry intended or observed, never merging the two', async () => {
      const extraction = buildExtraction({ seed: 8, intended: { mood: 'calm', genre: 'thriller' }, observed: { mood: 'calm', settings: ['urban'] } });
      await growFromExtraction(harness.store, extraction, null, { jobId: 'job-1', prompt });
      const { narrative } = await harness.store.exportRegistries();
      expect(narrative.mood.map((entry) => [entry.key, entry.origin]).sort()).toEqual([['calm', 'intended'], ['calm', 'observed']]);
      expect(narrative.genre.map((entry) => entry.origin)).toEqual(['intended']);
      expect(narrative.settings.map((entry) => entry.origin)).toEqual(['observed']);
      expect(new Set(narrative.mood.map((entry) => entry.name.toLowerCase())).size).toBe(2);
      const observed = await harness.store.listEntries({ registry: 'narrative', aspect: 'mood' }, { origin: 'observed' });
      expect(observed.map((entry) => entry.origin)).toEqual(['observed']);
    });

    it('takes the intended narrative from the spec when extraction has none', async () => {
      const spec = buildSceneSpec(prompt);
      await growFromExtraction(harness.store, buildExtraction({ seed: 9, intended: null }), spec, { jobId: 'job-1', prompt });
      const { narrative } = await harness.store.exportRegistries();
      expect(narrative.plots.map((entry) => [entry.key, entry.origin])).toEqual([['slow_build', 'intended']]);
      expect((await harness.store.getLearningRun('job-1'))?.spec).toEqual(spec);
    });

    it('gives exact counts and unique names when many growths run at once', async () => {
      const palette: Rgb[] = [[0, 128, 128], [255, 136, 0], [34, 34, 68], [238, 238, 221], [136, 0, 68]];
      const growths = Array.from({ length: 8 }, (_, index) => ({ jobId: `job-${index}`, extraction: buildExtraction({ seed: 20 + index, palette }), spec: null, focus: 'all' as const }));
      const attempts = [...growths, ...growths].map((growth) => growFromExtraction(harness.store, growth.extraction, null, { jobId: growth.jobId, prompt }));
      const outcomes = await Promise.all(attempts);
      expect(outcomes.filter((outcome) => outcome.alreadyRecorded)).toHaveLength(growths.length);
      const document = await harness.store.exportRegistries();
      expect(sortedEntries(exportCounts(document))).toEqual(sortedEntries(expectedCounts(growths)));
      expect(auditRegistryExport(document)).toEqual([]);
      expect(document.totals.discoveryRuns).toBe(growths.length);
    });

    it('gives exact counts when two store objects grow the same data at once', async (context) => {
      if (!harness.store.capabilities.sharedAcrossInstances) context.skip();
      const other = await open(harness.openAnother, 'sharedAcrossInstances');
      const growths = Array.from({ length: 6 }, (_, index) => ({ jobId: `job-${index}`, extraction: buildExtraction({ seed: 40 + index }), spec: null, focus: 'all' as const }));
      const outcomes = await Promise.all(
        growths.flatMap((growth, index) => [
          growFromExtraction(index % 2 === 0 ? harness.store : other, growth.extraction, null, { jobId: growth.jobId, prompt }),
          growFromExtraction(index % 2 === 0 ? other : harness.store, growth.extraction, null, { jobId: growth.jobId, prompt }),
        ]),
      );
      expect(outcomes.filter((outcome) => !outcome.alreadyRecorded)).toHaveLength(growths.length);
      for (const store of [harness.store, other]) {
        const document = await store.exportRegistries();
        expect(sortedEntries(exportCounts(document))).toEqual(sortedEntries(expectedCounts(growths)));
        expect(auditRegistryExport(document)).toEqual([]);
      }
    });

    it('keeps everything when opened again', async (context) => {
      if (!harness.store.capabilities.persistent) context.skip();
      await growFromExtraction(harness.store, buildExtraction({ seed: 10 }), null, { jobId: 'job-1', prompt });
      await growFromPrompt(harness.store, buildInstruction(prompt, [{ span: 'calm', canonical: 'calm', domain: 'audio.mood', kind: 'exact' }]), { sourceId: 'job-1' });
      const before = await harness.store.exportRegistries();
      const reopened = await open(harness.reopen, 'persistent');
      const after = await reopened.exportRegistries();
      expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
      expect((await reopened.getDiscoveryRun('job-1'))?.backfilled).toBe(false);
    });

    it('writes the learning run with the growth, once, and lets a real run replace a backfilled one', async () => {
      const { store } = harness;
      const spec = buildSceneSpec(prompt);
      await growFromExtraction(store, buildExtraction({ seed: 11 }), spec, { jobId: 'job-1', prompt });
      const learning = await store.getLearningRun('job-1');
      expect(learning).toMatchObject({ jobId: 'job-1', prompt, backfilled: false, spec });
      expect(learning?.summary).toMatchObject({ frames: 48, windows: 2 });
      const again = await store.recordLearningRun({ jobId: 'job-1', prompt: 'other', spec: null, summary: { other: true } });
      expect(again).toEqual(learning);

      await store.createJob({ id: 'job-2', prompt });
      await store.updateJob('job-2', { status: 'extracted' });
      expect(await store.backfill({ last: 5 })).toEqual({ learningRuns: ['job-2'], discoveryRuns: ['job-2'], retried: [], closed: [] });
      expect((await store.getLearningRun('job-2'))?.backfilled).toBe(true);
      const real = await store.recordLearningRun({ jobId: 'job-2', prompt, spec: null, summary: { late: true } });
      expect(real).toMatchObject({ backfilled: false, summary: { late: true } });
    });

    it('reports jobs missing a learning or discovery run and backfills them', async () => {
      const { store } = harness;
      for (const id of ['done-1', 'done-2']) await growFromExtraction(store, buildExtraction({ seed: 12 }), null, { jobId: id, prompt });
      expect(await store.diagnostics({ last: 10 })).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });

      // A crash between extraction and growth, and growth recorded without its learning run.
      await store.createJob({ id: 'crashed', prompt: 'crashed after extraction' });
      await store.updateJob('crashed', { status: 'extracted' });
      await growFromExtraction(store, buildExtraction({ seed: 13 }), null, { jobId: 'no-learning', prompt, learning: false });
      await store.createJob({ id: 'still-pending', prompt });
      const diagnostics = await store.diagnostics({ last: 10 });
      expect(diagnostics).toMatchObject({ last: 10, missingLearning: 2, missingDiscovery: 1 });
      expect(diagnostics.jobs.map((job) => job.jobId)).toEqual(['no-learning', 'crashed', 'done-2', 'done-1']);
      expect((await store.diagnostics({ last: 1 })).jobs).toHaveLength(1);

      const result = await store.backfill({ last: 10 });
      expect(result).toEqual({ learningRuns: ['no-learning', 'crashed'], discoveryRuns: ['crashed'], retried: [], closed: [] });
      const after = await store.diagnostics({ last: 10 });
      expect(after).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
      expect(after.jobs.filter((job) => job.backfilled).map((job) => job.jobId).sort()).toEqual(['crashed', 'no-learning']);
      expect(await store.backfill({ last: 10 })).toEqual({ learningRuns: [], discoveryRuns: [], retried: [], closed: [] });

      // The crashed job's real growth still applies after the backfill.
      const late = await growFromExtraction(store, buildExtraction({ seed: 14 }), null, { jobId: 'crashed', prompt });
      expect(late.alreadyRecorded).toBe(false);
      expect((await store.getDiscoveryRun('crashed'))?.backfilled).toBe(false);
    });

    it('renames an entry everywhere it appears, whole words only', async () => {
      const { store } = harness;
      await growFromExtraction(store, buildExtraction({ seed: 15 }), null, { jobId: 'job-1', prompt });
      const blend = (await store.exportRegistries()).dynamic.blends.find((entry) => Array.isArray(entry.value.inputs));
      const input = (blend?.value.inputs as { name?: string }[] | undefined)?.find((item) => item.name !== undefined);
      expect(input?.name).toBeDefined();
      await store.renameEntry({ name: input!.name!, newName: 'Sea' });

      const seaPrompt = 'a drift over the Sea past Seaweed and Sea-green rocks';
      await store.createJob({ id: 'job-2', prompt: seaPrompt });
      await growFromExtraction(store, buildExtraction({ seed: 16 }), buildSceneSpec(seaPrompt, ['Sea', 'Seaweed']), { jobId: 'job-2', prompt: seaPrompt });
      await growFromPrompt(store, buildInstruction(seaPrompt, [{ span: 'sea', canonical: 'Sea', domain: 'palette.colors', kind: 'registry' }], ['Sea', 'Seaweed']), { sourceId: 'job-2' });
      expect(usesOf(await everything(store), 'Sea').length).toBeGreaterThan(5);

      const result = await store.renameEntry({ name: 'Sea', newName: 'Brine' });
      expect(result).toMatchObject({ oldName: 'Sea', newName: 'Brine', registry: 'static', aspect: 'colors' });
      for (const column of ['jobs.prompt', 'learning_runs.prompt', 'learning_runs.spec_json', 'interpretations.prompt', 'interpretations.instruction_json', 'registry_entries.value_json', 'linguistic_entries.canonical']) {
        expect(result.cascaded[column], column).toBeGreaterThan(0);
      }
      const text = await everything(store);
      expect(usesOf(text, 'Sea')).toEqual([]);
      expect(usesOf(text, 'Seaweed').length).toBeGreaterThan(3);
      expect(text).toContain('Sea-green');
      expect((await store.getJob('job-2'))?.prompt).toBe('a drift over the Brine past Seaweed and Sea-green rocks');
      const document = await store.exportRegistries();
      expect(document.static.colors.filter((entry) => entry.name === 'Brine')).toHaveLength(1);
      expect(document.linguistic.find((entry) => entry.span === 'sea')?.canonical).toBe('Brine');
      expect(auditRegistryExport(document)).toEqual([]);
    });

    it('refuses a rename to a taken name, of an unknown name, or to a name with digits', async () => {
      const { store } = harness;
      await growFromExtraction(store, buildExtraction({ seed: 17 }), null, { jobId: 'job-1', prompt });
      const [first, second] = (await store.exportRegistries()).static.colors;
      await expectCode(store.renameEntry({ name: first!.name, newName: second!.name }), 'conflict');
      await expectCode(store.renameEntry({ name: first!.name, newName: second!.name.toUpperCase() }), 'conflict');
      await expectCode(store.renameEntry({ name: 'No Such Entry', newName: 'Anything' }), 'not_found');
      await expectCode(store.renameEntry({ name: first!.name, newName: 'Blue 42' }), 'invalid_input');
      expect((await store.exportRegistries()).static.colors.map((entry) => entry.name)).toContain(first!.name);
    });

    it('grows interpretations and linguistic mappings once per source', async () => {
      const { store } = harness;
      const mappings = [
        { span: 'Hella Slow', canonical: 'slow', domain: 'motion.speed', kind: 'slang' },
        { span: 'crane', canonical: 'crane', domain: 'camera.motion', kind: 'exact' },
      ] as const;
      const instruction = buildInstruction('hella slow crane shot', [...mappings]);
      const first = await growFromPrompt(store, instruction, { sourceId: 'job-1' });
      expect(first).toMatchObject({ alreadyRecorded: false, linguisticAdded: 2, linguisticCounted: 0 });
      expect(await growFromPrompt(store, instruction, { sourceId: 'job-1' })).toMatchObject({ alreadyRecorded: true, interpretationId: first.interpretationId });
      const second = await growFromPrompt(store, instruction, { sourceId: 'job-2' });
      expect(second).toMatchObject({ alreadyRecorded: false, linguisticAdded: 0, linguisticCounted: 2, interpretationId: first.interpretationId });
      await growFromPrompt(store, buildInstruction('a crane in the reeds', [{ span: 'crane', canonical: 'bird', domain: 'subject', kind: 'exact' }]), { sourceId: 'job-3' });
      const linguistic = await store.listLinguistic();
      expect(linguistic).toContainEqual({ span: 'hella slow', canonical: 'slow', domain: 'motion.speed', kind: 'slang', count: 2 });
      expect(linguistic.filter((entry) => entry.span === 'crane').map((entry) => [entry.domain, entry.canonical, entry.count]).sort()).toEqual([['camera.motion', 'crane', 2], ['subject', 'bird', 1]]);
      const interpretations = await store.listInterpretations({ status: 'done' });
      expect(interpretations.map((record) => record.prompt).sort()).toEqual(['a crane in the reeds', 'hella slow crane shot']);
      expect(interpretations.find((record) => record.prompt === 'hella slow crane shot')?.instruction).toEqual(instruction);
    });

    it('queues interpretations and completes each once', async () => {
      const { store } = harness;
      const queued = await store.enqueueInterpretation({ prompt: 'neon city at night', source: 'web' });
      expect(queued).toMatchObject({ status: 'pending', instruction: null, source: 'web' });
      expect((await store.enqueueInterpretation({ prompt: 'neon city at night', source: 'loop' })).id).toBe(queued.id);
      await store.enqueueInterpretation({ prompt: 'dusk over hills', source: 'loop' });
      expect((await store.listInterpretations({ status: 'pending' })).map((record) => record.prompt)).toEqual(['neon city at night', 'dusk over hills']);
      const instruction = buildInstruction('neon city at night', [{ span: 'neon', canonical: 'neon', domain: 'lighting.preset', kind: 'exact' }]);
      const done = await store.completeInterpretation(queued.id, instruction);
      expect(done).toMatchObject({ id: queued.id, status: 'done', instruction });
      await store.completeInterpretation(queued.id, instruction);
      expect((await store.listLinguistic()).find((entry) => entry.span === 'neon')?.count).toBe(1);
      expect((await store.listInterpretations({ status: 'pending' })).map((record) => record.prompt)).toEqual(['dusk over hills']);
      await expectCode(store.completeInterpretation('missing', instruction), 'not_found');
    });

    it('gives creation every learned pool with counts and last-seen times', async () => {
      const { store } = harness;
      await growFromExtraction(store, buildExtraction({ seed: 18 }), null, { jobId: 'job-1', prompt });
      await growFromExtraction(store, buildExtraction({ seed: 18 }), null, { jobId: 'job-2', prompt: 'another prompt' });
      await growFromPrompt(store, buildInstruction(prompt, [{ span: 'calm', canonical: 'calm', domain: 'audio.mood', kind: 'exact' }]), { sourceId: 'job-1' });
      const knowledge = await store.getKnowledge();
      expect(knowledge.static.colors.length).toBeGreaterThan(0);
      expect(knowledge.dynamic.camera.length).toBeGreaterThan(0);
      expect(knowledge.narrative.mood?.length).toBeGreaterThan(0);
      for (const entry of knowledge.static.colors) {
        expect(entry.count).toBeGreaterThan(1);
        expect(entry.sources).toEqual(['job-1', 'job-2']);
        expect(Date.parse(entry.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(entry.firstSeenAt));
      }
      expect(knowledge.linguistic).toHaveLength(1);
      expect(knowledge.prompts.find((item) => item.prompt === prompt)?.count).toBe(2);
      expect((await store.getKnowledge({ limitPerPool: 1 })).static.colors).toHaveLength(1);
    });

    it('lists one registry\'s entries, the most recently seen first', async () => {
      const { store } = harness;
      await growFromExtraction(store, buildExtraction({ seed: 19, palette: [[0, 0, 0], [255, 255, 255]] }), null, { jobId: 'job-1', prompt, focus: 'frame' });
      await new Promise((resolve) => setTimeout(resolve, 5));
      await growFromExtraction(store, buildExtraction({ seed: 19, palette: [[0, 0, 0], [255, 0, 0]] }), null, { jobId: 'job-2', prompt, focus: 'frame' });
      const colors = await store.listEntries({ registry: 'static', aspect: 'colors' });
      expect(colors.map((entry) => entry.key).slice(-1)).toEqual(['255,255,255']);
      expect(colors.map((entry) => entry.key).slice(0, 2).sort()).toEqual(['0,0,0', '255,0,0']);
      expect(await store.listEntries({ registry: 'static', aspect: 'colors' }, { limit: 1 })).toHaveLength(1);
      await expectCode(store.listEntries({ registry: 'static', aspect: 'camera' } as never), 'invalid_input');
    });
  });
}
