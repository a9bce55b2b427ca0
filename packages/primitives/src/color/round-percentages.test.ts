import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundPercentages } from './round-percentages.js';

describe('roundPercentages', () => {
  it('gives the missing hundredth to the largest remainder', () => {
    expect(roundPercentages([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(roundPercentages([0.5, 0, 0.5])).toEqual([50, 0, 50]);
  });

  it('sums to 100 within 0.01, moves no share by more than 0.01 and never revives a zero', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 16 }).filter((shares) => shares.some((share) => share > 0)), (shares) => {
        const total = shares.reduce((sum, share) => sum + share, 0);
        const rounded = roundPercentages(shares);
        expect(Math.abs(rounded.reduce((sum, pct) => sum + pct, 0) - 100)).toBeLessThanOrEqual(0.01);
        rounded.forEach((pct, index) => {
          expect(Math.abs(pct - (shares[index]! / total) * 100)).toBeLessThan(0.01 + 1e-9);
          if (shares[index] === 0) expect(pct).toBe(0);
        });
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
