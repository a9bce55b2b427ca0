import { expect, it } from 'vitest';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { growFromPrompt } from '../growth/grow-from-prompt.js';
import { expectCode } from './conformance-context.js';
import type { ConformanceContext } from './conformance-context.js';
import { prompt } from './conformance-helpers.js';
import { buildExtraction, buildInstruction } from './fixtures.js';

/** Reading: the knowledge for creation and one registry, the most recent first. */
export function describeReadingConformance(context: ConformanceContext): void {
  it('gives creation every learned pool with counts and last-seen times', async () => {
    const { store } = context.harness();
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
    const { store } = context.harness();
    await growFromExtraction(store, buildExtraction({ seed: 19, palette: [[0, 0, 0], [255, 255, 255]] }), null, { jobId: 'job-1', prompt, focus: 'frame' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await growFromExtraction(store, buildExtraction({ seed: 19, palette: [[0, 0, 0], [255, 0, 0]] }), null, { jobId: 'job-2', prompt, focus: 'frame' });
    const colors = await store.listEntries({ registry: 'static', aspect: 'colors' });
    expect(colors.map((entry) => entry.key).slice(-1)).toEqual(['255,255,255']);
    expect(colors.map((entry) => entry.key).slice(0, 2).sort()).toEqual(['0,0,0', '255,0,0']);
    expect(await store.listEntries({ registry: 'static', aspect: 'colors' }, { limit: 1 })).toHaveLength(1);
    await expectCode(store.listEntries({ registry: 'static', aspect: 'camera' } as never), 'invalid_input');
  });
}
