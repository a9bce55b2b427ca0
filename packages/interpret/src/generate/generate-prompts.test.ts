import { describe, expect, it } from 'vitest';
import { emptyKnowledge, type Instruction, type Knowledge } from '@motionreg/primitives';
import { generatePrompts, interpret, isReadablePrompt, type PromptSlot } from '@motionreg/interpret';

function recovered(instruction: Instruction, slot: PromptSlot): boolean {
  if (slot.field === 'palette.colors') return instruction.mappings.some((mapping) => mapping.domain === 'palette.colors' && mapping.canonical === slot.value);
  if (slot.field === 'narrative.settings') return (instruction.narrative.settings as string[]).includes(String(slot.value));
  if (slot.field === 'avoid.camera') return (instruction.avoid.camera as string[]).includes(String(slot.value));
  if (slot.field === 'avoid.presence') return (instruction.avoid.presence as string[]).includes(String(slot.value));
  if (slot.field === 'durationSeconds') return instruction.durationSeconds === slot.value;
  const [group, field] = slot.field.split('.') as [keyof Instruction, string];
  return (instruction[group] as Record<string, unknown>)[field] === slot.value;
}

function knowledgeWithNames(names: string[]): Knowledge {
  const knowledge = emptyKnowledge(new Date('2026-01-01T00:00:00Z'));
  names.forEach((name, index) => {
    knowledge.static.colors.push({
      schemaVersion: 1, registry: 'static', aspect: 'colors', key: `c${index}`, name, count: 1, depth: {}, value: { rgb: [40 + index, 90, 140] },
      sources: [], firstSeenAt: '2026-01-01T00:00:00Z', lastSeenAt: '2026-01-01T00:00:00Z',
    });
  });
  knowledge.prompts.push({ prompt: 'an earlier prompt', count: 1, lastSeenAt: '2026-01-01T00:00:00Z' });
  return knowledge;
}

describe('generatePrompts', () => {
  const knowledge = knowledgeWithNames(['Harbour Slate', 'Zorblax Quib']);
  const prompts = generatePrompts({ count: 1000, seed: 'acceptance', knowledge });

  it('makes 1,000 distinct readable prompts', () => {
    expect(prompts).toHaveLength(1000);
    expect(new Set(prompts.map((generated) => generated.prompt.toLowerCase())).size).toBe(1000);
    for (const generated of prompts) expect({ prompt: generated.prompt, readable: isReadablePrompt(generated.prompt) }).toEqual({ prompt: generated.prompt, readable: true });
  });

  it('recovers at least 95% of the slots by interpreting the prompts', () => {
    let total = 0;
    let hits = 0;
    for (const generated of prompts) {
      const instruction = interpret(generated.prompt, { knowledge });
      for (const slot of generated.slots) {
        total += 1;
        if (recovered(instruction, slot)) hits += 1;
      }
    }
    expect(total).toBeGreaterThan(3000);
    expect(hits / total).toBeGreaterThanOrEqual(0.95);
  });

  it('uses slang and dialect, learned English names, never gibberish names', () => {
    const varieties = new Set(prompts.flatMap((generated) => generated.varieties));
    expect(varieties.size).toBeGreaterThanOrEqual(6);
    expect(prompts.some((generated) => generated.prompt.includes('harbour slate'))).toBe(true);
    expect(prompts.some((generated) => generated.prompt.includes('zorblax'))).toBe(false);
  });

  it('is deterministic per seed and avoids given and earlier prompts', () => {
    const first = generatePrompts({ count: 20, seed: 3 });
    expect(generatePrompts({ count: 20, seed: 3 })).toEqual(first);
    const avoided = generatePrompts({ count: 20, seed: 3, avoid: first.map((generated) => generated.prompt) });
    expect(avoided.some((generated) => first.some((other) => other.prompt === generated.prompt))).toBe(false);
    expect(generatePrompts({ count: 200, seed: 1, knowledge: knowledgeWithNames([]) }).some((generated) => generated.prompt === 'an earlier prompt')).toBe(false);
  });

  it('filters gibberish and counts grown slang as known', () => {
    expect(isReadablePrompt('a slow pan over a misty glen')).toBe(true);
    expect(isReadablePrompt('a slow pan over xqzvbt glorp')).toBe(false);
    expect(isReadablePrompt('make it skrrt')).toBe(false);
    expect(isReadablePrompt('make it skrrt', [{ span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'slang', count: 1 }])).toBe(true);
  });

  it('refuses bad options with invalid_input', () => {
    expect(() => generatePrompts({ count: -1, seed: 1 })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
