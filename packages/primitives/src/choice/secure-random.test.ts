import { describe, expect, it } from 'vitest';
import { createSecureRandom } from './secure-random.js';
import { chiSquare, chiSquareCritical999 } from './__fixtures__/chi-square.js';

describe('createSecureRandom', () => {
  it('has the RandomSource interface with values in range', () => {
    const random = createSecureRandom();
    for (let draw = 0; draw < 2000; draw += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const die = random.int(1, 6);
      expect(die).toBeGreaterThanOrEqual(1);
      expect(die).toBeLessThanOrEqual(6);
    }
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    expect(random.shuffle([1, 2, 3]).sort()).toEqual([1, 2, 3]);
  });

  it('is not repeatable: two sources give different streams', () => {
    const first = createSecureRandom();
    const second = createSecureRandom();
    const streamOf = (random: ReturnType<typeof createSecureRandom>) => Array.from({ length: 8 }, () => random.next());
    expect(streamOf(first)).not.toEqual(streamOf(second));
  });

  it('is roughly uniform (chi-square; fails by chance once in 10^6 runs at this bound)', () => {
    const random = createSecureRandom();
    const counts = new Array<number>(10).fill(0);
    for (let draw = 0; draw < 50_000; draw += 1) {
      const value = random.int(0, 9);
      counts[value] = counts[value]! + 1;
    }
    // why: the stream is not seeded, so use a far looser bound than the seeded tests (~p = 1e-6 for df 9).
    expect(chiSquare(counts, new Array<number>(10).fill(0.1))).toBeLessThan(chiSquareCritical999(9) * 1.6);
  });
});
