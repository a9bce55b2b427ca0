import { invalidInput } from '../errors/motionreg-error.js';
import { randomSourceFromUint32 } from './random-source.js';
import type { RandomSource } from './random-source.js';

/** A seed: any safe integer, or any string. */
export type Seed = number | string;

/** splitmix32 (the 32-bit form of Vigna's SplitMix64 finaliser): turns one word of seed into well-mixed state words. */
function createSplitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let mixed = state ^ (state >>> 16);
    mixed = Math.imul(mixed, 0x21f0aaad);
    mixed ^= mixed >>> 15;
    mixed = Math.imul(mixed, 0x735a2d97);
    return (mixed ^ (mixed >>> 15)) >>> 0;
  };
}

/** FNV-1a (32-bit) over the UTF-8 bytes of a string seed. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The two 32-bit words a seed contributes: an integer's low and high halves, or a string's hash and length. */
function seedWords(seed: Seed): [number, number] {
  if (typeof seed === 'string') return [fnv1a32(seed), seed.length >>> 0];
  if (!Number.isSafeInteger(seed)) throw invalidInput('primitives', `createSeededRandom needs a safe integer or a string seed ${String(seed)}: not an integer`);
  const low = Number(BigInt.asUintN(32, BigInt(seed)));
  const high = Number(BigInt.asUintN(32, BigInt(seed) >> 32n));
  return [low, high];
}

/**
 * A seeded {@link RandomSource}: the same seed gives the same sequence on every machine and runtime.
 *
 * Algorithm (documented so other implementations can reproduce it): the seed becomes two 32-bit words
 * (an integer: its low and high 32 bits in two's complement; a string: FNV-1a 32 of its UTF-8 bytes and
 * its length in UTF-16 units). splitmix32 seeded with `low ^ Math.imul(high, 0x9e3779b9)` yields the
 * four state words a, b, c, d of sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, from
 * PractRand), whose first 12 outputs are discarded. `next()` is the sfc32 output divided by 2^32. All
 * arithmetic is 32-bit integer (`Math.imul`, `| 0`, `>>> 0`), so no floating-point rounding can differ.
 *
 * @example
 * ```ts
 * const random = createSeededRandom('run-42');
 * random.int(1, 6);               // the same die roll on every machine
 * random.pick(['a', 'b', 'c']);
 * ```
 */
export function createSeededRandom(seed: Seed): RandomSource {
  const [low, high] = seedWords(seed);
  const splitmix = createSplitmix32(low ^ Math.imul(high, 0x9e3779b9));
  let a = splitmix() | 0;
  let b = splitmix() | 0;
  let c = splitmix() | 0;
  let d = splitmix() | 0;
  const sfc32 = (): number => {
    const result = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + result) | 0;
    return result >>> 0;
  };
  for (let warmUp = 0; warmUp < 12; warmUp += 1) sfc32();
  return randomSourceFromUint32(sfc32);
}
