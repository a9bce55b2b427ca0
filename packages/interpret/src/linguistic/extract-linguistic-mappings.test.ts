import { describe, expect, it } from 'vitest';
import { extractLinguisticMappings, interpret } from '@motionreg/interpret';

describe('extractLinguisticMappings', () => {
  it('returns what the prompt taught, not the canonical words themselves', () => {
    const prompt = 'proper dreich, a slow pan, colourful and skrrt (meaning fast)';
    const mappings = extractLinguisticMappings(prompt, interpret(prompt));
    expect(mappings).toContainEqual({ span: 'dreich', canonical: 'flat', domain: 'lighting.contrast', kind: 'dialect' });
    expect(mappings).toContainEqual({ span: 'colourful', canonical: 'vivid', domain: 'palette.modifiers', kind: 'spelling' });
    expect(mappings).toContainEqual({ span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'slang' });
    expect(mappings.some((mapping) => mapping.span === 'slow' || mapping.span === 'pan')).toBe(false);
  });

  it('keeps one mapping per (span, domain, canonical)', () => {
    const prompt = 'dreich, dreich, dreich';
    const mappings = extractLinguisticMappings(prompt, interpret(prompt));
    const keys = mappings.map((mapping) => `${mapping.span}/${mapping.domain}/${mapping.canonical}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the domain of a word with several meanings apart', () => {
    const bird = interpret('a crane in a pond');
    const shot = interpret('crane shot rising slowly over hills, dead atmospheric');
    expect(bird.mappings.find((mapping) => mapping.span === 'crane')?.domain).toBe('subject');
    expect(shot.mappings.find((mapping) => mapping.span.startsWith('crane'))?.domain).toBe('camera.motion');
  });

  it('refuses an invalid instruction with invalid_input', () => {
    expect(() => extractLinguisticMappings('x', { mappings: 'no' } as never)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
