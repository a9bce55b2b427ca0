import { describe, expect, it } from 'vitest';
import { MotionregError } from '../errors/motionreg-error.js';
import { createSeededRandom } from './seeded-random.js';
import {
  recentWeight,
  underusedWeight,
  weightedChoice,
  weightedChoiceFavorRecent,
  weightedChoiceFavorUnderused,
} from './weighted-choice.js';
import { chiSquare, chiSquareCritical999 } from './__fixtures__/chi-square.js';

const draws = 100_000;

function tally<T>(items: readonly T[], choose: () => T): number[] {
  const counts = new Array<number>(items.length).fill(0);
  for (let draw = 0; draw < draws; draw += 1) {
    const index = items.indexOf(choose());
    counts[index] = counts[index]! + 1;
  }
  return counts;
}

function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

describe('weightedChoice', () => {
  it('chooses in proportion to the weights and never a zero weight', () => {
    const items = ['a', 'b', 'c', 'd'];
    const weights = [5, 3, 2, 0];
    const random = createSeededRandom('weighted');
    const counts = tally(items, () => weightedChoice(items, (_, index) => weights[index]!, random));
    expect(counts[3]).toBe(0);
    expect(chiSquare(counts.slice(0, 3), normalise(weights.slice(0, 3)))).toBeLessThan(chiSquareCritical999(2));
  });

  it('rejects an empty list, negative or non-finite weights and an all-zero total with invalid_input', () => {
    const random = createSeededRandom(1);
    const codeOf = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return MotionregError.isInstance(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => weightedChoice([], () => 1, random))).toBe('invalid_input');
    expect(codeOf(() => weightedChoice(['a'], () => -1, random))).toBe('invalid_input');
    expect(codeOf(() => weightedChoice(['a'], () => Number.NaN, random))).toBe('invalid_input');
    expect(codeOf(() => weightedChoice(['a', 'b'], () => 0, random))).toBe('invalid_input');
  });
});

describe('weightedChoiceFavorUnderused', () => {
  it('has weight 1 / (1 + max(0, count))', () => {
    expect(underusedWeight(0)).toBe(1);
    expect(underusedWeight(3)).toBe(0.25);
    expect(underusedWeight(-4)).toBe(1);
    expect(underusedWeight(Number.NaN)).toBe(1);
  });

  it('matches its formula in 100,000 draws (chi-square at p = 0.001, fixed seed)', () => {
    const entries = [
      { name: 'new', count: 0 },
      { name: 'once', count: 1 },
      { name: 'some', count: 3 },
      { name: 'often', count: 9 },
      { name: 'worn', count: 24 },
    ];
    const random = createSeededRandom('underused');
    const counts = tally(entries, () => weightedChoiceFavorUnderused(entries, (entry) => entry.count, random));
    const expected = normalise(entries.map((entry) => 1 / (1 + entry.count)));
    expect(chiSquare(counts, expected)).toBeLessThan(chiSquareCritical999(4));
    // and it is not merely uniform: the unused entry comes up about 25 times as often as the worn one
    expect(counts[0]! / counts[4]!).toBeGreaterThan(20);
    expect(counts[0]! / counts[4]!).toBeLessThan(30);
  });
});

describe('weightedChoiceFavorRecent', () => {
  const now = new Date('2026-03-12T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

  it('has weight 1 / (1 + age in days), weight 1 for a missing or unparseable date', () => {
    expect(recentWeight(daysAgo(0), now)).toBe(1);
    expect(recentWeight(daysAgo(1), now)).toBe(0.5);
    expect(recentWeight(daysAgo(7), now)).toBe(0.125);
    expect(recentWeight(daysAgo(0.5), now)).toBeCloseTo(1 / 1.5, 12);
    expect(recentWeight(undefined, now)).toBe(1);
    expect(recentWeight('not a date', now)).toBe(1);
    expect(recentWeight(daysAgo(-3), now)).toBe(1);
  });

  it('matches its formula in 100,000 draws (chi-square at p = 0.001, fixed seed)', () => {
    const entries = [
      { name: 'today', seen: daysAgo(0) },
      { name: 'yesterday', seen: daysAgo(1) },
      { name: 'last week', seen: daysAgo(7) },
      { name: 'last month', seen: daysAgo(30) },
      { name: 'unknown', seen: undefined },
    ];
    const random = createSeededRandom('recent');
    const counts = tally(entries, () => weightedChoiceFavorRecent(entries, (entry) => entry.seen, now, random));
    const expected = normalise([1, 1 / 2, 1 / 8, 1 / 31, 1]);
    expect(chiSquare(counts, expected)).toBeLessThan(chiSquareCritical999(4));
  });

  it('rejects an invalid now with invalid_input', () => {
    try {
      weightedChoiceFavorRecent(['a'], () => undefined, 'never', createSeededRandom(1));
      expect.unreachable();
    } catch (error) {
      expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    }
  });
});
