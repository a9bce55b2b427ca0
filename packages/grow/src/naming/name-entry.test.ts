import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blendNameCandidates, entryNamePattern } from '@motionreg/primitives';
import type { NamingHint, Rgb } from '@motionreg/primitives';
import { nameCandidates, nameEntry, titleCaseName } from './name-entry.js';

describe('nameEntry', () => {
  it('names colours from the colour-name dataset, comparing taken names without case', () => {
    const first = nameEntry({ kind: 'color', rgb: [0, 128, 128] }, new Set());
    expect(first).toBe('Teal');
    const second = nameEntry({ kind: 'color', rgb: [0, 128, 128] }, new Set(['teal']));
    expect(second).not.toBe('Teal');
    expect(second.toLowerCase()).not.toBe('teal');
  });

  it('title-cases vocabulary names, keeping joining words low', () => {
    expect(nameEntry({ kind: 'motion', speed: 'slow', direction: 'horizontal' }, new Set())).toBe('Slow Drift');
    expect(titleCaseName('slow drift and quick sweep')).toBe('Slow Drift and Quick Sweep');
  });

  it('names narrative values by their words, then with their qualifiers', () => {
    const hint: NamingHint = { kind: 'words', words: ['slow', 'build'], qualifiers: ['plot', 'observed'] };
    expect([...nameCandidates(hint)]).toEqual(['Slow Build', 'Slow Build Plot', 'Observed Slow Build Plot']);
    expect(nameEntry(hint, new Set(['slow build']))).toBe('Slow Build Plot');
    expect(() => nameEntry(hint, new Set(['Slow Build', 'Slow Build Plot', 'Observed Slow Build Plot']))).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('falls back to the detail phrase when every descriptive blend name is taken', () => {
    const depth = { vertical: 60, strong: 40 };
    const hint: NamingHint = { kind: 'blend', domain: 'gradient', depth, detail: ['strong', 'vertical'] };
    const descriptive = [...blendNameCandidates({ domain: 'gradient', depth })].filter((name) => !name.includes(' and ')).map(titleCaseName);
    expect(nameEntry(hint, new Set(descriptive))).toBe('Strong Vertical Gradation');
  });

  it('gives 300 colours named in turn 300 distinct names, none with a digit (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })), { minLength: 300, maxLength: 300 }), (colours) => {
        const taken = new Set<string>();
        for (const rgb of colours) {
          const name = nameEntry({ kind: 'color', rgb: rgb as Rgb }, taken);
          expect(entryNamePattern.test(name)).toBe(true);
          expect(taken.has(name.toLowerCase())).toBe(false);
          taken.add(name.toLowerCase());
        }
      }),
      { numRuns: 3 },
    );
  });
});
