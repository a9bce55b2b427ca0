import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { soundDepthSchema } from '../contracts/common.js';
import { MotionregError } from '../errors/motionreg-error.js';
import { soundDepth } from './sound-depth.js';

describe('soundDepth', () => {
  it('turns shares into percentages and strength into strengthPct', () => {
    expect(soundDepth({ silence: 0, rumble: 0.7, tone: 0.2, hiss: 0.1 }, 0.45)).toEqual({
      silence: 0, rumble: 70, tone: 20, hiss: 10, strengthPct: 45,
    });
    expect(soundDepth({ silence: 0, rumble: 0, tone: 0, hiss: 0 }, 0)).toEqual({
      silence: 100, rumble: 0, tone: 0, hiss: 0, strengthPct: 0,
    });
  });

  it('always sums to 100 (±0.01), fits the contract and keeps zero shares at zero', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.record({ silence: share, rumble: share, tone: share, hiss: share }), fc.double({ min: 0, max: 1, noNaN: true }), (mix, strength) => {
        const depth = soundDepth(mix, strength);
        expect(soundDepthSchema.safeParse(depth).success).toBe(true);
        expect(Math.abs(depth.silence + depth.rumble + depth.tone + depth.hiss - 100)).toBeLessThanOrEqual(0.01);
        for (const key of ['silence', 'rumble', 'tone', 'hiss'] as const) if (mix[key] === 0 && mix.silence + mix.rumble + mix.tone + mix.hiss > 0) expect(depth[key]).toBe(0);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('rejects shares or strength outside 0–1 with invalid_input', () => {
    const attempt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return MotionregError.isInstance(error) ? error.code : 'other';
      }
      return 'none';
    };
    expect(attempt(() => soundDepth({ silence: 0, rumble: 2, tone: 0, hiss: 0 }, 0.5))).toBe('invalid_input');
    expect(attempt(() => soundDepth({ silence: 0, rumble: 1, tone: 0, hiss: 0 }, 50))).toBe('invalid_input');
  });
});
