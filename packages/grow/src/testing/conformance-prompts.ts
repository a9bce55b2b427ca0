import { expect, it } from 'vitest';
import { growFromPrompt } from '../growth/grow-from-prompt.js';
import { expectCode } from './conformance-context.js';
import type { ConformanceContext } from './conformance-context.js';
import { buildInstruction } from './fixtures.js';

/** Prompts: interpretations and linguistic mappings, once per source; the interpretation queue. */
export function describePromptConformance(context: ConformanceContext): void {
  it('grows interpretations and linguistic mappings once per source', async () => {
    const { store } = context.harness();
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
    const { store } = context.harness();
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
}
