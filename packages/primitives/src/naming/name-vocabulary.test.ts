import { describe, expect, it } from 'vitest';
import { curatedNameWords, isKnownNameWord } from './name-vocabulary.js';

describe('isKnownNameWord', () => {
  it('accepts curated and dataset words in any case', () => {
    expect(isKnownNameWord('Pale')).toBe(true);
    expect(isKnownNameWord('rumble')).toBe(true);
    expect(isKnownNameWord('Cerulean')).toBe(true);
    expect(isKnownNameWord('TEAL')).toBe(true);
  });

  it('rejects invented syllables and anything with digits', () => {
    for (const word of ['Velvetber', 'Novel12345', 'Silvet', 'Blend00042', 'qzxv']) expect(isKnownNameWord(word)).toBe(false);
  });

  it('has a curated vocabulary of plain lower-case letter words', () => {
    expect(curatedNameWords.size).toBeGreaterThan(100);
    for (const word of curatedNameWords) expect(word).toMatch(/^[a-z]+$/u);
  });
});
