import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { linguisticGrowth, promptPreview, runInterpretLoop } from './run-interpret-loop.js';

describe('runInterpretLoop', () => {
  it('drains the queue, backfills job prompts, generates a prompt and grows linguistic mappings, logging the four [cycle] lines', async () => {
    const store = createMemoryStore();
    await store.enqueueInterpretation({ prompt: 'hella slow pan over a wee loch, proper moody', source: 'web' });
    // a job whose prompt was never interpreted (made by another worker or the service)
    await store.createJob({ prompt: 'a dodgy neon alley, quick whip pan' });
    const lines: string[] = [];
    const summary = await runInterpretLoop({ store, runs: 1, seed: 9, generate: 1, log: (line) => lines.push(line) });
    expect(lines).toEqual([
      '[cycle] interpreted: hella slow pan over a wee loch, proper moody…',
      '[cycle] backfill: 1 interpreted',
      expect.stringMatching(/^\[cycle\] generated: .+…$/),
      expect.stringMatching(/^\[cycle\] linguistic growth: \+[1-9]\d* new, \d+ updated$/),
    ]);
    expect(summary).toMatchObject({ cycles: 1, interpreted: 1, backfilled: 1, generated: 1, failed: 0 });
    expect(summary.linguisticAdded).toBe((await store.listLinguistic()).length);
    expect(await store.listInterpretations({ status: 'pending' })).toEqual([]);
    expect((await store.listInterpretations({ status: 'done' })).map((record) => record.source).sort()).toEqual(['backfill', 'generator', 'web']);
    await store.close();
  });

  it('a second cycle finds nothing left to backfill and counts mappings seen again as updated', async () => {
    const store = createMemoryStore();
    await store.createJob({ prompt: 'slow pan over the sea' });
    await runInterpretLoop({ store, runs: 1, seed: 1, generate: 0, log: () => undefined });
    await store.enqueueInterpretation({ prompt: 'a slow pan over a calm sea at dusk', source: 'web' });
    const lines: string[] = [];
    await runInterpretLoop({ store, runs: 1, seed: 2, generate: 0, log: (line) => lines.push(line) });
    expect(lines).toContain('[cycle] backfill: 0 interpreted');
    const growth = lines.at(-1)!.match(/\+(\d+) new, (\d+) updated/);
    expect(Number(growth?.[2])).toBeGreaterThan(0);
    await store.close();
  });

  it('helpers: previews end in an ellipsis; growth compares mappings by span, domain and canonical', () => {
    expect(promptPreview('short')).toBe('short…');
    expect(promptPreview('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
    const entry = { span: 'hella', canonical: 'very', domain: 'intensity', kind: 'slang', count: 1 } as const;
    expect(linguisticGrowth([entry], [{ ...entry, count: 2 }, { ...entry, domain: 'motion.speed' }])).toEqual({ added: 1, updated: 1 });
  });
});
