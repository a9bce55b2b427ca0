import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorDepth } from '@motionreg/primitives';
import type { GrowthRecordInput, ObservationInput, RegistryStore } from '@motionreg/primitives';
import { buildInstruction, createCountingExecutor, d1FreeLimits } from '@motionreg/grow/testing';
import type { CallUsage, CountingExecutor } from '@motionreg/grow/testing';
import { applyMigrations } from './apply-migrations.js';
import { createD1BindingExecutor } from './d1-binding-executor.js';
import type { D1DatabaseBinding } from './d1-binding-executor.js';
import { sql } from './sql-executor.js';
import { createSqlStore } from './sql-store.js';

/** 2,000 observations (the growth route's maxItems): distinct colours of the 16-level lattice, each seen a few frames. */
function bigGrowth(jobId: string): GrowthRecordInput {
  const observations: ObservationInput[] = [];
  for (let index = 0; observations.length < 2_000; index += 1) {
    const rgb: [number, number, number] = [(index % 16) * 17, (Math.floor(index / 16) % 16) * 17, (Math.floor(index / 256) % 16) * 17];
    observations.push({
      registry: 'static', aspect: 'colors', key: rgb.join(','), occurrences: 1 + (index % 5),
      depth: colorDepth(rgb), value: { rgb }, naming: { kind: 'color', rgb },
    });
  }
  return { jobId, prompt: `a busy clip ${jobId}`, focus: 'frame', observations, learning: { spec: null, summary: { frames: 48 } } };
}

describe('store calls within D1 free-account limits (miniflare D1 binding, counted)', () => {
  let miniflare: Miniflare;
  let counting: CountingExecutor;
  let store: RegistryStore;
  const usages: Record<string, CallUsage> = {};

  beforeAll(async () => {
    miniflare = new Miniflare({ modules: true, script: 'export default {}', d1Databases: ['DB'] });
    const db: D1DatabaseBinding = await miniflare.getD1Database('DB');
    // why: wrangler applies the migrations in a deployment; they are not part of any request.
    await applyMigrations(createD1BindingExecutor(db));
    counting = createCountingExecutor(createD1BindingExecutor(db));
    store = createSqlStore(counting, { capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true } });
  });
  afterAll(async () => {
    await store.close();
    await miniflare.dispose();
    process.stdout.write(`${JSON.stringify({ d1CallUsage: usages, limits: d1FreeLimits })}\n`);
  });

  const measured = async <T>(name: string, call: () => Promise<T>): Promise<T> => {
    const { result, usage } = await counting.measure(call);
    usages[name] = usage;
    return result;
  };

  it('refuses a statement past a limit, and a call past 50 queries', async () => {
    const tooManyParams = sql(`SELECT ${Array.from({ length: 101 }, () => '?').join(', ')}`, ...Array.from({ length: 101 }, (_, index) => index));
    await expect(counting.read(tooManyParams)).rejects.toMatchObject({ code: 'remote_error' });
    await expect(counting.read(sql('SELECT length(?) AS n', 'x'.repeat(100_001)))).rejects.toMatchObject({ code: 'remote_error' });
    await expect(counting.measure(async () => { for (let index = 0; index < 51; index += 1) await counting.read(sql('SELECT 1 AS one')); })).rejects.toMatchObject({ code: 'remote_error' });
  });

  it('records a 2,000-observation growth, then counts it again, each in one call within the limits', async () => {
    const first = await measured('recordGrowth (2,000 new entries)', () => store.recordGrowth(bigGrowth('job-1')));
    expect(first.entries).toHaveLength(2_000);
    expect(first.entries.every((entry) => entry.added)).toBe(true);
    expect(new Set(first.entries.map((entry) => entry.name.toLowerCase())).size).toBe(2_000);

    const second = await measured('recordGrowth (2,000 counted entries)', () => store.recordGrowth(bigGrowth('job-2')));
    expect(second.entries.every((entry) => !entry.added)).toBe(true);
    expect(second.entries.map((entry) => entry.count)).toEqual(first.entries.map((entry) => entry.count * 2));

    const retried = await measured('recordGrowth (retried job)', () => store.recordGrowth(bigGrowth('job-1')));
    expect(retried.alreadyRecorded).toBe(true);
    for (const usage of Object.values(usages)) {
      expect(usage.statements).toBeLessThanOrEqual(d1FreeLimits.queriesPerCall);
      expect(usage.maxParams).toBeLessThanOrEqual(d1FreeLimits.paramsPerStatement);
      expect(usage.maxStatementBytes).toBeLessThanOrEqual(d1FreeLimits.bytesPerStatement);
    }
    const colors = await measured('listEntries (2,000 colours)', () => store.listEntries({ registry: 'static', aspect: 'colors' }));
    expect(colors).toHaveLength(2_000);
    expect(colors.every((entry) => entry.sources.length === 2)).toBe(true);
  });

  it('renames an entry used in 120 prompts and 40 mappings in one call within the limits', async () => {
    const [color] = await store.listEntries({ registry: 'static', aspect: 'colors' }, { limit: 1 });
    const name = color!.name;
    for (let index = 0; index < 120; index += 1) await store.createJob({ id: `uses-${index}`, prompt: `a frame washed in ${name}, take ${index}` });
    for (let index = 0; index < 40; index += 1) {
      await store.recordPromptGrowth({
        sourceId: `prompt-${index}`, prompt: `${name} light ${index}`, source: 'test',
        instruction: buildInstruction(`${name} light ${index}`, [{ span: `shade ${index}`, canonical: name, domain: 'palette.colors', kind: 'registry' }]),
      });
    }
    const result = await measured('renameEntry (120 prompts, 40 mappings)', () => store.renameEntry({ name, newName: 'Renamed Shade' }));
    expect(result.cascaded).toMatchObject({ 'jobs.prompt': 120, 'interpretations.prompt': 40, 'linguistic_entries.canonical': 40 });
    expect((await store.getJob('uses-7'))?.prompt).toBe('a frame washed in Renamed Shade, take 7');
  });

  it('keeps the other calls of a worker within the limits', async () => {
    for (let index = 0; index < 30; index += 1) await store.createJob({ id: `queued-${index}`, prompt: `prompt ${index}` });
    await measured('createJob', () => store.createJob({ prompt: 'one more' }));
    await measured('claimJob', () => store.claimJob({ worker: 'worker-1' }));
    await measured('updateJob', () => store.updateJob('queued-1', { status: 'failed', error: 'boom' }));
    await measured('countJobs', () => store.countJobs());
    await measured('diagnostics', () => store.diagnostics({ last: 100, staleAfterMs: 1 }));
    await measured('backfill (retry)', () => store.backfill({ last: 100, staleAfterMs: 1, staleJobs: 'retry' }));
    const knowledge = await measured('getKnowledge', () => store.getKnowledge({ limitPerPool: 50 }));
    expect(knowledge.static.colors).toHaveLength(50);
    const exported = await measured('exportRegistries', () => store.exportRegistries());
    expect(exported.static.colors).toHaveLength(2_000);
  });
});
