import { describe, expect, it } from 'vitest';
import { emptyKnowledge } from '@motionreg/primitives';
import type { Knowledge } from '@motionreg/primitives';
import { choosePrompt, exploitPoolSize } from './choose-prompt.js';

function knowledgeWith(prompts: { prompt: string; count: number }[]): Knowledge {
  return { ...emptyKnowledge(), prompts: prompts.map((earlier) => ({ ...earlier, lastSeenAt: '2026-01-01T00:00:00.000Z' })) };
}

describe('choosePrompt', () => {
  it('explore generates a readable prompt that is neither an earlier nor a recent one', () => {
    const knowledge = knowledgeWith([{ prompt: 'a calm blue sea', count: 3 }]);
    for (let seed = 0; seed < 20; seed += 1) {
      const chosen = choosePrompt(knowledge, 'explore', seed, ['neon rain']);
      expect(chosen.origin).toBe('generated');
      expect(['a calm blue sea', 'neon rain']).not.toContain(chosen.prompt);
    }
  });

  it(`exploit replays one of the ${exploitPoolSize} most used earlier prompts not run in this loop, more often the more used`, () => {
    const prompts = Array.from({ length: 15 }, (_, index) => ({ prompt: `prompt ${String.fromCharCode(97 + index)}`, count: index + 1 }));
    const knowledge = knowledgeWith(prompts);
    const picks = new Map<string, number>();
    for (let seed = 0; seed < 400; seed += 1) {
      const chosen = choosePrompt(knowledge, 'exploit', seed, ['prompt o']);
      expect(chosen.origin).toBe('earlier');
      picks.set(chosen.prompt, (picks.get(chosen.prompt) ?? 0) + 1);
    }
    // "prompt o" (the most used) ran in this loop already; the pool is the next ten by count
    expect(picks.has('prompt o')).toBe(false);
    expect([...picks.keys()].every((prompt) => prompt >= 'prompt e' && prompt <= 'prompt n')).toBe(true);
    expect(picks.get('prompt n')!).toBeGreaterThan(picks.get('prompt e')!);
  });

  it('exploit with no earlier prompt generates one', () => {
    expect(choosePrompt(emptyKnowledge(), 'exploit', 1, []).origin).toBe('generated');
  });
});
