import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MotionregError } from '../errors/motionreg-error.js';
import type { Rgb } from '../origins/primitives.js';
import { colorNameIndex } from './color-name-index.js';
import { colorNameCandidates, describeColorDifference, nameColor } from './name-color.js';
import { colorQualifierWords, isKnownNameWord } from './name-vocabulary.js';

const rgbArbitrary = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }));

function wordsOf(name: string): string[] {
  return name.split(' ');
}

describe('nameColor', () => {
  it('gives a dataset colour its own real name', () => {
    expect(nameColor([0, 128, 128], new Set())).toBe('Teal');
  });

  it('gives way to another real or qualified name when the nearest is taken', () => {
    const taken = new Set<string>();
    for (let round = 0; round < 40; round += 1) {
      const name = nameColor([0, 128, 128], taken);
      expect(taken.has(name)).toBe(false);
      expect(wordsOf(name).every(isKnownNameWord)).toBe(true);
      taken.add(name);
    }
    expect(taken.size).toBe(40);
  });

  it('names 2,000 random colours in sequence with one taken set: all distinct, no digits, known words only', () => {
    fc.assert(
      fc.property(fc.array(rgbArbitrary, { minLength: 2000, maxLength: 2000 }), (colours) => {
        const taken = new Set<string>();
        for (const rgb of colours) {
          const name = nameColor(rgb, taken);
          expect(taken.has(name)).toBe(false);
          expect(name).not.toMatch(/\d/u);
          expect(wordsOf(name).every(isKnownNameWord)).toBe(true);
          taken.add(name);
        }
        expect(taken.size).toBe(2000);
      }),
      { numRuns: 1, seed: 42 },
    );
  });

  it('keeps finding names for one colour named 300 times', () => {
    const taken = new Set<string>();
    for (let round = 0; round < 300; round += 1) taken.add(nameColor([120, 60, 200], taken));
    expect(taken.size).toBe(300);
  });

  it('is deterministic', () => {
    const taken = new Set(['Teal', 'Belly Flop']);
    expect(nameColor([0, 128, 128], taken)).toBe(nameColor([0, 128, 128], taken));
  });

  it('never leaves the candidates with a qualified name whose words contradict the measured difference', () => {
    const datasetNames = new Set(colorNameIndex().names);
    const qualifiers = new Set<string>(Object.values(colorQualifierWords).flat());
    const lighterTeal: Rgb = [60, 170, 170];
    const qualifiedTeal: string[] = [];
    let seen = 0;
    for (const candidate of colorNameCandidates(lighterTeal)) {
      const words = candidate.split(' ');
      if (!datasetNames.has(candidate) && words.at(-1) === 'Teal' && words.slice(0, -1).every((word) => qualifiers.has(word))) qualifiedTeal.push(candidate);
      seen += 1;
      if (seen > 5000) break;
    }
    expect(qualifiedTeal.length).toBeGreaterThan(0);
    expect(qualifiedTeal.filter((name) => /\b(?:Dark|Deep|Dusky)\b/u.test(name))).toEqual([]);
    expect(qualifiedTeal.some((name) => /\b(?:Light|Pale|Pastel)\b/u.test(name))).toBe(true);
  });

  it('rejects a colour that is not 8-bit with invalid_input', () => {
    try {
      nameColor([300, 0, 0] as unknown as Rgb, new Set());
      expect.unreachable();
    } catch (error) {
      expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    }
  });
});

describe('describeColorDifference', () => {
  it('describes lighter, less chromatic and hue-shifted colours by the sign of the difference', () => {
    const named = [50, 30, 10] as const;
    expect(describeColorDifference([60, 30, 10], named)[0]!.words).toContain('Light');
    expect(describeColorDifference([40, 30, 10], named)[0]!.words).toContain('Dark');
    expect(describeColorDifference([50, 15, 5], named)[0]!.words).toContain('Muted');
    expect(describeColorDifference([50, 45, 15], named)[0]!.words).toContain('Vivid');
    // A red-orange (hue 45°) turned towards yellow reads as orangish; turned the other way, purplish.
    const towardYellow = describeColorDifference([50, 10, 26.4], [50, 20, 20]).find((difference) => difference.order === 2);
    expect(towardYellow?.words).toEqual(['Orangish']);
    const towardMagenta = describeColorDifference([50, 26.4, 10], [50, 20, 20]).find((difference) => difference.order === 2);
    expect(towardMagenta?.words).toEqual(['Purplish']);
    // A grey with a blue cast.
    expect(describeColorDifference([50, 2, -12], [50, 0, 0]).find((difference) => difference.order === 2)?.words).toEqual(['Bluish', 'Cool']);
    expect(describeColorDifference([50, 10, 6], [50, 0, 0]).find((difference) => difference.order === 2)?.words).toEqual(['Reddish', 'Warm']);
    expect(describeColorDifference([50, 30, 10], named)).toEqual([]);
  });

  it('orders dimensions by the size of the difference', () => {
    const differences = describeColorDifference([58, 28, 10], [50, 30, 10]);
    expect(differences[0]!.order).toBe(0);
    expect(differences.map((difference) => difference.magnitude)).toEqual([...differences.map((difference) => difference.magnitude)].sort((a, b) => b - a));
  });
});
