import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MotionStepLog } from './motion-step-log.js';
import type { TaggedStep } from './motion-step-log.js';

const anyStep: fc.Arbitrary<TaggedStep> = fc.record({
  translationX: fc.double(),
  translationY: fc.double(),
  scale: fc.double(),
  rotation: fc.double(),
  observable: fc.boolean(),
  difference: fc.double(),
  residual: fc.double(),
  residualAfterGain: fc.double(),
  seconds: fc.double(),
  frame: fc.nat(),
  stride: fc.integer({ min: 1, max: 8 }),
});

describe('MotionStepLog', () => {
  it('gives back every step equal field for field (NaN, -0 and extremes included), in order', () => {
    fc.assert(
      fc.property(fc.array(anyStep, { maxLength: 40 }), (steps) => {
        const log = new MotionStepLog();
        for (const step of steps) log.push(step);
        expect(log.length).toBe(steps.length);
        steps.forEach((step, index) => {
          // (fast-check builds null-prototype records; a spread gives a plain object to compare with)
          expect(log.at(index)).toStrictEqual({ ...step });
          expect(log.frameAt(index)).toBe(step.frame);
        });
      }),
    );
  });

  it('keeps steps across its fixed-size chunks and refuses an index it does not hold', () => {
    const log = new MotionStepLog();
    const count = 10_000;
    for (let frame = 0; frame < count; frame += 1) {
      log.push({ translationX: frame / 3, translationY: -frame, scale: 1 + frame * 1e-9, rotation: 0, observable: frame % 3 === 0, difference: 0.1, residual: 0.01, residualAfterGain: 0.001, seconds: 1 / 15, frame: frame * 2, stride: 2 });
    }
    expect(log.length).toBe(count);
    expect(log.at(4097)).toMatchObject({ translationX: 4097 / 3, frame: 8194, observable: false });
    expect(log.at(count - 1)).toMatchObject({ translationY: -(count - 1), observable: true });
    expect(() => log.at(count)).toThrow(RangeError);
    expect(() => log.frameAt(-1)).toThrow(RangeError);
  });
});
