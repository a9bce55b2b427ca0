import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rgb } from '@motionreg/primitives';
import { colorConceptOf, colorFamilyOf, conceptNearness, fitsConcept } from './color-family.js';

describe('colorFamilyOf', () => {
  it.each([
    [[255, 0, 0], 'red'], [[220, 20, 60], 'red'], [[255, 140, 0], 'orange'], [[255, 215, 0], 'yellow'], [[34, 139, 34], 'green'],
    [[0, 128, 128], 'teal'], [[135, 206, 235], 'blue'], [[0, 0, 128], 'blue'], [[138, 43, 226], 'purple'], [[255, 105, 180], 'pink'],
    [[255, 192, 203], 'pink'], [[120, 70, 20], 'brown'], [[0, 0, 0], 'black'], [[255, 255, 255], 'white'], [[128, 128, 128], 'gray'],
  ] as [Rgb, string][])('%j is %s', (rgb, family) => {
    expect(colorFamilyOf(rgb)).toBe(family);
  });

  it('puts every grey in a neutral family', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 255 }), (value) => {
      expect(['black', 'white', 'gray']).toContain(colorFamilyOf([value, value, value]));
    }));
  });
});

describe('colour concept', () => {
  it('is null without asked colours, and admits every colour then', () => {
    expect(colorConceptOf([], false)).toBeNull();
    expect(fitsConcept([10, 200, 30], null)).toBe(true);
  });

  it('admits neutrals when monochrome was asked', () => {
    const concept = colorConceptOf([[0, 0, 255]], true);
    expect(fitsConcept([128, 128, 128], concept)).toBe(true);
    expect(fitsConcept([255, 0, 0], concept)).toBe(false);
  });

  it('favours colours nearer the asked ones, between 1 and 2', () => {
    const concept = colorConceptOf([[0, 0, 255]], false);
    expect(conceptNearness([0, 0, 255], concept)).toBe(2);
    expect(conceptNearness([20, 20, 230], concept)).toBeGreaterThan(conceptNearness([150, 190, 235], concept));
    expect(conceptNearness([150, 190, 235], concept)).toBeGreaterThanOrEqual(1);
  });
});
