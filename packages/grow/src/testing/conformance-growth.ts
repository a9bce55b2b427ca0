import { registryExportSchema } from '@motionreg/primitives';
import type { Rgb } from '@motionreg/primitives';
import { expect, it } from 'vitest';
import { auditRegistryExport } from '../core/audit-export.js';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { growFromPrompt } from '../growth/grow-from-prompt.js';
import { latticeColor } from '../growth/quantize.js';
import type { ConformanceContext } from './conformance-context.js';
import { expectedCounts, exportCounts, prompt, sortedEntries } from './conformance-helpers.js';
import { buildExtraction, buildInstruction, buildSceneSpec } from './fixtures.js';

/** Growth: exact counts, unique names, exactly once per job, focus, narrative origins, learning and discovery runs and their backfill. */
export function describeGrowthConformance(context: ConformanceContext): void {
  const current = () => context.harness().store;

  it('grows every observation with its exact count and a unique, digit-free name', async () => {
    const extraction = buildExtraction({ seed: 3 });
    const outcome = await growFromExtraction(current(), extraction, null, { jobId: 'job-1', prompt });
    expect(outcome.alreadyRecorded).toBe(false);
    const document = await current().exportRegistries();
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
    expect((await current().getJob('job-1'))?.status).toBe('completed');
  });

  it('stores the 16-primitive depth on every colour, summing to 100', async () => {
    await growFromExtraction(current(), buildExtraction({ seed: 4 }), null, { jobId: 'job-1', prompt });
    const { colors } = (await current().exportRegistries()).static;
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
    const first = await growFromExtraction(current(), extraction, null, { jobId: 'job-1', prompt });
    const before = await current().exportRegistries();
    const retries = await Promise.all([1, 2, 3].map(() => growFromExtraction(current(), extraction, null, { jobId: 'job-1', prompt })));
    const again = await growFromExtraction(current(), buildExtraction({ seed: 99 }), null, { jobId: 'job-1', prompt });
    for (const retry of [...retries, again]) {
      expect(retry.alreadyRecorded).toBe(true);
      expect(retry.entries).toEqual([]);
      expect(retry.discoveryRun).toEqual(first.discoveryRun);
    }
    const after = await current().exportRegistries();
    expect(exportCounts(after)).toEqual(exportCounts(before));
    expect(after.totals).toEqual(before.totals);
  });

  it('counts a key seen again, appending the job to its sources', async () => {
    const extraction = buildExtraction({ seed: 6 });
    await growFromExtraction(current(), extraction, null, { jobId: 'job-1', prompt });
    const second = await growFromExtraction(current(), extraction, null, { jobId: 'job-2', prompt });
    expect(second.discoveryRun.added).toBe(0);
    expect(second.entries.every((entry) => !entry.added)).toBe(true);
    const document = await current().exportRegistries();
    const single = expectedCounts([{ extraction, spec: null, focus: 'all' }]);
    expect(sortedEntries(exportCounts(document))).toEqual(sortedEntries(new Map([...single].map(([key, count]) => [key, count * 2]))));
    for (const color of document.static.colors) expect(color.sources).toEqual(['job-1', 'job-2']);
    expect(auditRegistryExport(document)).toEqual([]);
  });

  it('grows only the static registries for focus frame, only dynamic and narrative for window', async () => {
    const extraction = buildExtraction({ seed: 7 });
    await growFromExtraction(current(), extraction, null, { jobId: 'frame-job', prompt, focus: 'frame' });
    let document = await current().exportRegistries();
    expect(document.static.colors.length).toBeGreaterThan(0);
    expect(document.static.sound.length).toBeGreaterThan(0);
    expect(Object.values(document.dynamic).flat()).toEqual([]);
    expect(Object.values(document.narrative).flat()).toEqual([]);
    expect((await current().getDiscoveryRun('frame-job'))?.focus).toBe('frame');

    await growFromExtraction(current(), extraction, null, { jobId: 'window-job', prompt, focus: 'window' });
    document = await current().exportRegistries();
    expect(sortedEntries(exportCounts(document))).toEqual(
      sortedEntries(expectedCounts([{ extraction, spec: null, focus: 'frame' }, { extraction, spec: null, focus: 'window' }])),
    );
    expect(document.dynamic.camera.length).toBeGreaterThan(0);
    expect(Object.values(document.narrative).flat().length).toBeGreaterThan(0);
  });

  it('labels every narrative entry intended or observed, never merging the two', async () => {
    const extraction = buildExtraction({ seed: 8, intended: { mood: 'calm', genre: 'thriller' }, observed: { mood: 'calm', settings: ['urban'] } });
    await growFromExtraction(current(), extraction, null, { jobId: 'job-1', prompt });
    const { narrative } = await current().exportRegistries();
    expect(narrative.mood.map((entry) => [entry.key, entry.origin]).sort()).toEqual([['calm', 'intended'], ['calm', 'observed']]);
    expect(narrative.genre.map((entry) => entry.origin)).toEqual(['intended']);
    expect(narrative.settings.map((entry) => entry.origin)).toEqual(['observed']);
    expect(new Set(narrative.mood.map((entry) => entry.name.toLowerCase())).size).toBe(2);
    const observed = await current().listEntries({ registry: 'narrative', aspect: 'mood' }, { origin: 'observed' });
    expect(observed.map((entry) => entry.origin)).toEqual(['observed']);
  });

  it('takes the intended narrative from the spec when extraction has none', async () => {
    const spec = buildSceneSpec(prompt);
    await growFromExtraction(current(), buildExtraction({ seed: 9, intended: null }), spec, { jobId: 'job-1', prompt });
    const { narrative } = await current().exportRegistries();
    expect(narrative.plots.map((entry) => [entry.key, entry.origin])).toEqual([['slow_build', 'intended']]);
    expect((await current().getLearningRun('job-1'))?.spec).toEqual(spec);
  });

  it('gives exact counts and unique names when many growths run at once', async () => {
    const palette: Rgb[] = [[0, 128, 128], [255, 136, 0], [34, 34, 68], [238, 238, 221], [136, 0, 68]];
    const growths = Array.from({ length: 8 }, (_, index) => ({ jobId: `job-${index}`, extraction: buildExtraction({ seed: 20 + index, palette }), spec: null, focus: 'all' as const }));
    const attempts = [...growths, ...growths].map((growth) => growFromExtraction(current(), growth.extraction, null, { jobId: growth.jobId, prompt }));
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((outcome) => outcome.alreadyRecorded)).toHaveLength(growths.length);
    const document = await current().exportRegistries();
    expect(sortedEntries(exportCounts(document))).toEqual(sortedEntries(expectedCounts(growths)));
    expect(auditRegistryExport(document)).toEqual([]);
    expect(document.totals.discoveryRuns).toBe(growths.length);
  });

  it('gives exact counts when two store objects grow the same data at once', async (test) => {
    if (!current().capabilities.sharedAcrossInstances) test.skip();
    const other = await context.open(context.harness().openAnother, 'sharedAcrossInstances');
    const growths = Array.from({ length: 6 }, (_, index) => ({ jobId: `job-${index}`, extraction: buildExtraction({ seed: 40 + index }), spec: null, focus: 'all' as const }));
    const outcomes = await Promise.all(
      growths.flatMap((growth, index) => [
        growFromExtraction(index % 2 === 0 ? current() : other, growth.extraction, null, { jobId: growth.jobId, prompt }),
        growFromExtraction(index % 2 === 0 ? other : current(), growth.extraction, null, { jobId: growth.jobId, prompt }),
      ]),
    );
    expect(outcomes.filter((outcome) => !outcome.alreadyRecorded)).toHaveLength(growths.length);
    for (const store of [current(), other]) {
      const document = await store.exportRegistries();
      expect(sortedEntries(exportCounts(document))).toEqual(sortedEntries(expectedCounts(growths)));
      expect(auditRegistryExport(document)).toEqual([]);
    }
  });

  it('keeps everything when opened again', async (test) => {
    if (!current().capabilities.persistent) test.skip();
    await growFromExtraction(current(), buildExtraction({ seed: 10 }), null, { jobId: 'job-1', prompt });
    await growFromPrompt(current(), buildInstruction(prompt, [{ span: 'calm', canonical: 'calm', domain: 'audio.mood', kind: 'exact' }]), { sourceId: 'job-1' });
    const before = await current().exportRegistries();
    const reopened = await context.open(context.harness().reopen, 'persistent');
    const after = await reopened.exportRegistries();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    expect((await reopened.getDiscoveryRun('job-1'))?.backfilled).toBe(false);
  });

  it('writes the learning run with the growth, once, and lets a real run replace a backfilled one', async () => {
    const { store } = context.harness();
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
    const { store } = context.harness();
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
}
