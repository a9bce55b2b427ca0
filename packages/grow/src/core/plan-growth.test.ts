import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRecordSchema } from '@motionreg/primitives';
import type { GrowthRecordInput, NamingHint } from '@motionreg/primitives';
import { refKey } from './entry-ref.js';
import { planGrowth } from './plan-growth.js';
import type { ExistingEntry, GrowthReader } from './plan-growth.js';

/** A reader over plain maps, counting how often the store is asked about names. */
function readerOf(options: { recorded?: boolean; backfilled?: boolean; entries?: Map<string, ExistingEntry>; taken?: string[] } = {}) {
  const taken = new Set((options.taken ?? []).map((name) => name.toLowerCase()));
  const calls = { takenNames: 0 };
  const reader: GrowthReader = {
    discoveryRun: async () => (options.recorded ? { backfilled: options.backfilled ?? false } : null),
    findEntries: async (refs) => new Map(refs.flatMap((ref) => { const found = options.entries?.get(refKey(ref)); return found === undefined ? [] : [[refKey(ref), found] as const]; })),
    takenNames: async (names) => {
      calls.takenNames += 1;
      return new Set(names.map((name) => name.toLowerCase()).filter((name) => taken.has(name)));
    },
  };
  return { reader, calls };
}

/** Names a word hint "Word", "Word Two", "Word Three", ... (a long candidate list). */
const counting = (hint: NamingHint) => {
  const word = hint.kind === 'words' ? hint.words[0]! : 'Thing';
  const base = word.charAt(0).toUpperCase() + word.slice(1);
  return [base, ...['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'].map((suffix) => `${base} ${suffix}`)];
};

const observation = (key: string, occurrences = 1, extra: Partial<GrowthRecordInput['observations'][number]> = {}) => ({
  registry: 'dynamic' as const, aspect: 'camera', key, occurrences, depth: { pan: 100 }, value: { type: 'pan' }, naming: { kind: 'words' as const, words: ['pan'], qualifiers: [] }, ...extra,
});
const record = (observations: GrowthRecordInput['observations']) => growthRecordSchema.parse({ jobId: 'job-1', prompt: 'p', focus: 'all', observations });
const now = new Date('2026-01-01T00:00:00Z');

describe('planGrowth', () => {
  it('does nothing for a job whose growth is recorded, and plans again over a backfilled run', async () => {
    expect(await planGrowth(record([observation('a')]), readerOf({ recorded: true }).reader, counting, now)).toEqual({ kind: 'recorded' });
    expect((await planGrowth(record([observation('a')]), readerOf({ recorded: true, backfilled: true }).reader, counting, now)).kind).toBe('apply');
  });

  it('merges sightings of one key and counts existing entries', async () => {
    const existing = new Map([[refKey({ registry: 'dynamic', aspect: 'camera', origin: '', key: 'b' }), { id: 7, name: 'Pan', count: 4 }]]);
    const plan = await planGrowth(record([observation('a', 2), observation('b', 1), observation('a', 3)]), readerOf({ entries: existing, taken: ['Pan'] }).reader, counting, now);
    if (plan.kind !== 'apply') throw new Error('expected a plan');
    expect(plan.counts).toEqual([expect.objectContaining({ id: 7, occurrences: 1, previousCount: 4 })]);
    expect(plan.inserts).toEqual([expect.objectContaining({ name: 'Pan Two', occurrences: 5 })]);
    expect(plan.discoveryRun).toMatchObject({ added: 1, counted: 1, byAspect: { 'dynamic.camera': { added: 1, counted: 1 } }, backfilled: false, createdAt: now.toISOString() });
  });

  it('gives every new entry a name free in the store and in the plan, without case', async () => {
    const taken = ['pan', 'PAN TWO', 'Pan Four'];
    const { reader } = readerOf({ taken });
    const plan = await planGrowth(record(['a', 'b', 'c'].map((key) => observation(key))), reader, counting, now);
    if (plan.kind !== 'apply') throw new Error('expected a plan');
    expect(plan.inserts.map((insert) => insert.name)).toEqual(['Pan Three', 'Pan Five', 'Pan Six']);
  });

  it('asks the store about names in a few rounds, not once per taken name', async () => {
    const taken = counting({ kind: 'words', words: ['pan'], qualifiers: [] }).slice(0, 10);
    const { reader, calls } = readerOf({ taken });
    const plan = await planGrowth(record([observation('a')]), reader, counting, now);
    if (plan.kind !== 'apply') throw new Error('expected a plan');
    expect(plan.inserts[0]?.name).toBe('Pan Eleven');
    expect(calls.takenNames).toBe(1);
  });

  it('fails with conflict when every candidate is taken', async () => {
    const { reader } = readerOf({ taken: counting({ kind: 'words', words: ['pan'], qualifiers: [] }) });
    await expect(planGrowth(record([observation('a')]), reader, counting, now)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('names blend inputs after the entries they refer to, new or existing', async () => {
    const colour = (key: string) => ({ registry: 'static' as const, aspect: 'colors', key, occurrences: 1, depth: {}, value: {}, naming: { kind: 'words' as const, words: [key], qualifiers: [] } });
    const existing = new Map([[refKey({ registry: 'static', aspect: 'colors', origin: '', key: 'old' }), { id: 1, name: 'Old', count: 1 }]]);
    const blend = observation('mix', 1, { aspect: 'blends', value: { inputs: [{ registry: 'static', aspect: 'colors', key: 'fresh' }, { registry: 'static', aspect: 'colors', key: 'old' }, { registry: 'static', aspect: 'colors', key: 'unknown' }] } });
    const plan = await planGrowth(record([colour('fresh'), blend]), readerOf({ entries: existing }).reader, counting, now);
    if (plan.kind !== 'apply') throw new Error('expected a plan');
    expect(plan.inserts.find((insert) => insert.ref.aspect === 'blends')?.value.inputs).toEqual([
      { registry: 'static', aspect: 'colors', key: 'fresh', name: 'Fresh' },
      { registry: 'static', aspect: 'colors', key: 'old', name: 'Old' },
      { registry: 'static', aspect: 'colors', key: 'unknown' },
    ]);
  });

  it('never plans two entries with one name, nor a taken one (property)', async () => {
    // At most 8 new entries and 4 taken names against 12 candidates: there is always room.
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('Pan', 'Pan Two', 'Pan Five', 'pan three'), { maxLength: 4 }), async (keys, taken) => {
        const plan = await planGrowth(record(keys.map((key) => observation(key))), readerOf({ taken }).reader, counting, now);
        if (plan.kind !== 'apply') throw new Error('expected a plan');
        const names = plan.inserts.map((insert) => insert.name.toLowerCase());
        expect(new Set(names).size).toBe(names.length);
        for (const name of taken) expect(names).not.toContain(name.toLowerCase());
      }),
      { numRuns: 100 },
    );
  });
});

