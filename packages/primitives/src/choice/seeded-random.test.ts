import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MotionregError } from '../errors/motionreg-error.js';
import { createSeededRandom } from './seeded-random.js';
import { chiSquare, chiSquareCritical999 } from './__fixtures__/chi-square.js';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('./__fixtures__/print-sequence.ts', import.meta.url));
const packageDirectory = fileURLToPath(new URL('../../', import.meta.url));

/** The sequence of one seed as computed by a fresh Node process (tsx loads the TypeScript source). */
async function sequenceInChildProcess(seed: string): Promise<unknown> {
  // why: cwd is the package, so `--import tsx` resolves the workspace's tsx however vitest was started.
  const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture, seed], { cwd: packageDirectory });
  return JSON.parse(stdout);
}

function sequenceHere(seed: number | string): unknown {
  const random = createSeededRandom(seed);
  const next = Array.from({ length: 500 }, () => random.next());
  const ints = Array.from({ length: 200 }, () => random.int(-1000, 1000));
  const shuffled = random.shuffle(Array.from({ length: 20 }, (_, index) => index));
  return { next, ints, shuffled };
}

describe('createSeededRandom', () => {
  it('gives the same sequence in two separate processes, and the same as in this one', async () => {
    for (const seed of ['42', 'motionreg run']) {
      const [first, second] = await Promise.all([sequenceInChildProcess(seed), sequenceInChildProcess(seed)]);
      expect(first).toEqual(second);
      expect(first).toEqual(sequenceHere(seed === '42' ? 42 : seed));
    }
  });

  it('keeps its documented sequence (sfc32 seeded by splitmix32) so stored seeds replay across versions', () => {
    const firstWords = (seed: number | string) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 4 }, () => random.next() * 2 ** 32);
    };
    expect(firstWords(1)).toEqual([1130556604, 2591592147, 3014952990, 960850752]);
    expect(firstWords('motionreg')).toEqual([326258011, 143323489, 271451704, 576574519]);
  });

  it('gives different sequences for different seeds, including integers beyond 2^32', () => {
    const first = (seed: number | string) => createSeededRandom(seed).next();
    const values = new Set([first(0), first(1), first(-1), first(2 ** 32), first(2 ** 40 + 7), first('0'), first('a'), first('')]);
    expect(values.size).toBe(8);
  });

  it('draws int(min, max) uniformly (chi-square, 60,000 draws, fixed seed)', () => {
    const random = createSeededRandom('uniform');
    const counts = new Array<number>(12).fill(0);
    let outOfRange = 0;
    for (let draw = 0; draw < 60_000; draw += 1) {
      const value = random.int(3, 14);
      if (value < 3 || value > 14 || !Number.isInteger(value)) outOfRange += 1;
      else counts[value - 3] = counts[value - 3]! + 1;
    }
    expect(outOfRange).toBe(0);
    expect(chiSquare(counts, new Array<number>(12).fill(1 / 12))).toBeLessThan(chiSquareCritical999(11));
  });

  it('shuffles into every permutation of four items equally often', () => {
    const random = createSeededRandom(7);
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 48_000; draw += 1) {
      const key = random.shuffle(['a', 'b', 'c', 'd']).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    expect(chiSquare([...counts.values()], new Array<number>(24).fill(1 / 24))).toBeLessThan(chiSquareCritical999(23));
  });

  it('picks from a list and leaves the shuffled input unchanged', () => {
    const random = createSeededRandom('pick');
    const items = ['x', 'y', 'z'] as const;
    expect(items).toContain(random.pick(items));
    const original = [1, 2, 3, 4, 5];
    random.shuffle(original);
    expect(original).toEqual([1, 2, 3, 4, 5]);
  });

  it('rejects a non-integer seed, an empty pick and a reversed range with invalid_input', () => {
    const codeOf = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return MotionregError.isInstance(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => createSeededRandom(1.5))).toBe('invalid_input');
    expect(codeOf(() => createSeededRandom(1).pick([]))).toBe('invalid_input');
    expect(codeOf(() => createSeededRandom(1).int(5, 4))).toBe('invalid_input');
  });
});
