import { describe, expect, it } from 'vitest';
import { differenceCiede2000 } from 'culori';
import { sharmaPairs } from './__fixtures__/sharma-2005.js';
import { deltaE2000, deltaE2000Rgb } from './delta-e-2000.js';

describe('deltaE2000', () => {
  it('has all 34 published Sharma, Wu & Dalal (2005) pairs in its fixture', () => {
    expect(sharmaPairs).toHaveLength(34);
  });

  it.each(sharmaPairs.map((pair, index) => [index + 1, ...pair] as const))(
    'matches Sharma pair %i to 4 decimals, in both orders',
    (_pair, labA, labB, published) => {
      expect(deltaE2000(labA, labB).toFixed(4)).toBe(published.toFixed(4));
      expect(deltaE2000(labB, labA).toFixed(4)).toBe(published.toFixed(4));
    },
  );

  it('is exactly zero for identical colours', () => {
    expect(deltaE2000([41.2, -12.5, 33.3], [41.2, -12.5, 33.3])).toBe(0);
    expect(deltaE2000Rgb([12, 200, 99], [12, 200, 99])).toBe(0);
  });

  it('agrees with culori converting the sRGB colours itself', () => {
    const culoriDelta = differenceCiede2000();
    const pairs: [[number, number, number], [number, number, number]][] = [
      [[255, 0, 0], [250, 5, 5]],
      [[0, 0, 0], [1, 1, 1]],
      [[18, 52, 86], [120, 86, 52]],
      [[128, 128, 128], [129, 127, 128]],
    ];
    for (const [a, b] of pairs) {
      const expected = culoriDelta(
        { mode: 'rgb', r: a[0] / 255, g: a[1] / 255, b: a[2] / 255 },
        { mode: 'rgb', r: b[0] / 255, g: b[1] / 255, b: b[2] / 255 },
      );
      expect(deltaE2000Rgb(a, b)).toBeCloseTo(expected, 9);
    }
  });
});
