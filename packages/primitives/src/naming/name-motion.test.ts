import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MotionregError } from '../errors/motionreg-error.js';
import { motionDirections, motionRhythms, motionSmoothnesses, motionSpeeds } from '../origins/origins.js';
import type { MotionNameProperties } from './name-motion.js';
import { nameMotion } from './name-motion.js';
import { curatedNameWords } from './name-vocabulary.js';

describe('nameMotion', () => {
  it('names motions from speed and direction', () => {
    expect(nameMotion({ speed: 'slow', direction: 'horizontal' }, new Set())).toBe('slow drift');
    expect(nameMotion({ speed: 'fast', direction: 'horizontal' }, new Set())).toBe('quick sweep');
    expect(nameMotion({ speed: 'fast', direction: 'radial' }, new Set())).toBe('quick burst');
    expect(nameMotion({ speed: 'static' }, new Set())).toBe('still hold');
  });

  it('adds smoothness and rhythm words when the plain name is taken', () => {
    const properties: MotionNameProperties = { speed: 'slow', direction: 'horizontal', smoothness: 'fluid', rhythm: 'pulsing' };
    expect(nameMotion(properties, new Set(['slow drift']))).toBe('fluid slow drift');
    expect(nameMotion(properties, new Set(['slow drift', 'fluid slow drift']))).toBe('pulsing slow drift');
  });

  it('gives distinct English names to 1,000 motions named in sequence', () => {
    const optional = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            speed: fc.constantFrom(...motionSpeeds),
            direction: optional(motionDirections),
            rhythm: optional(motionRhythms),
            smoothness: optional(motionSmoothnesses),
          }),
          { minLength: 1000, maxLength: 1000 },
        ),
        (motions) => {
          const taken = new Set<string>();
          for (const motion of motions) {
            const name = nameMotion(motion, taken);
            expect(taken.has(name)).toBe(false);
            for (const word of name.split(' ')) expect(curatedNameWords.has(word)).toBe(true);
            taken.add(name);
          }
        },
      ),
      { numRuns: 1, seed: 5 },
    );
  });

  it('rejects an unknown speed with invalid_input', () => {
    try {
      nameMotion({ speed: 'warp' } as unknown as MotionNameProperties, new Set());
      expect.unreachable();
    } catch (error) {
      expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    }
  });
});
