import { invalidInput } from '../errors/motionreg-error.js';

/**
 * A source of random numbers. The seeded one ({@link createSeededRandom}) repeats its sequence for a
 * seed on every machine; the secure one ({@link createSecureRandom}) draws from the platform's CSPRNG.
 * Everything that chooses in motionreg takes a `RandomSource`, so a seed makes a whole run repeatable.
 */
export interface RandomSource {
  /** A float in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** An integer in [min, max] (both inclusive), exactly uniform (rejection sampling, no modulo bias). */
  int(min: number, max: number): number;
  /** One item, uniformly. Throws `invalid_input` for an empty list. */
  pick<T>(items: readonly T[]): T;
  /** A uniformly shuffled copy (Fisher–Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[];
}

const twoToThe32 = 4294967296;

/** Builds the {@link RandomSource} methods on top of a generator of uniform unsigned 32-bit integers. */
export function randomSourceFromUint32(nextUint32: () => number): RandomSource {
  const int = (min: number, max: number): number => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min || max - min >= twoToThe32) {
      throw invalidInput('primitives', `int needs integers min ≤ max less than 2^32 apart [${min}, ${max}]: invalid range`);
    }
    const span = max - min + 1;
    // why: take only the largest multiple of `span` below 2^32, so every outcome has the same number of sources.
    const limit = twoToThe32 - (twoToThe32 % span);
    for (;;) {
      const value = nextUint32();
      if (value < limit) return min + (value % span);
    }
  };
  return {
    next: () => nextUint32() / twoToThe32,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw invalidInput('primitives', 'pick needs a non-empty list []: nothing to choose from');
      return items[int(0, items.length - 1)]!;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = int(0, index);
        const swap = copy[index]!;
        copy[index] = copy[other]!;
        copy[other] = swap;
      }
      return copy;
    },
  };
}
