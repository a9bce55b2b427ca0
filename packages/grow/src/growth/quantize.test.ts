import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rgb } from '@motionreg/primitives';
import {
  anchorColors, anchorRadius, colorKey, cutFrequencyOf, latticeColor, lightingContrastShares, oneSignificantFigure,
  pitchBand, quantizeChannel, soundKey,
} from './quantize.js';

const channel = fc.integer({ min: 0, max: 255 });
const rgb = fc.tuple(channel, channel, channel) as fc.Arbitrary<Rgb>;
const chebyshev = (a: Rgb, b: Rgb) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));

describe('colour keys', () => {
  it('snap channels to 16 levels, 0 and 255 included', () => {
    expect([0, 8, 9, 127, 128, 247, 255].map(quantizeChannel)).toEqual([0, 0, 17, 119, 136, 255, 255]);
  });

  it('key origin colours as themselves, so a rendered primitive measured with codec error keeps one key', () => {
    expect(colorKey([0, 128, 128])).toBe('0,128,128');
    expect(colorKey([3, 125, 131])).toBe('0,128,128');
    expect(colorKey([250, 168, 3])).toBe('255,165,0');
  });

  it('keep origin colours more than twice the snap radius apart, so snapping is never ambiguous', () => {
    for (const [index, first] of anchorColors.entries()) {
      for (const second of anchorColors.slice(index + 1)) {
        if (first.join() !== second.join()) expect(chebyshev(first, second), `${first} vs ${second}`).toBeGreaterThan(2 * anchorRadius);
      }
    }
  });

  it('are idempotent and within half a lattice step or the snap radius of the measurement (property)', () => {
    fc.assert(
      fc.property(rgb, (measured) => {
        const snapped = latticeColor(measured);
        expect(latticeColor(snapped)).toEqual(snapped);
        expect(chebyshev(snapped, measured)).toBeLessThanOrEqual(anchorRadius + 9);
      }),
      { numRuns: 5000 },
    );
  });

  it('survive measurement error of 3 levels for every registry colour (property)', () => {
    const error = fc.integer({ min: -3, max: 3 });
    fc.assert(
      fc.property(rgb, error, error, error, (measured, dr, dg, db) => {
        const stored = latticeColor(measured);
        // A lattice point within reach of an origin colour's snap radius may be absorbed by it; that
        // point is never stored (it keys as the origin colour), so it cannot be rendered back.
        fc.pre(anchorColors.every((anchor) => chebyshev(anchor, stored) === 0 || chebyshev(anchor, stored) > anchorRadius + 3));
        const clamp = (value: number) => Math.min(255, Math.max(0, value));
        const remeasured: Rgb = [clamp(stored[0] + dr), clamp(stored[1] + dg), clamp(stored[2] + db)];
        expect(colorKey(remeasured)).toBe(colorKey(stored));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('other keys', () => {
  it('key sounds by dominant primitive, mix tenths, strength tens and pitch octave', () => {
    expect(soundKey('rumble', { silence: 0, rumble: 0.68, tone: 0.21, hiss: 0.11 }, 43, 110)).toBe('rumble:0-7-2-1:40:p2');
    expect(pitchBand(0)).toBe(0);
    expect(pitchBand(440)).toBe(4);
  });

  it('band motion energy to one significant figure', () => {
    expect([0, 0.34, 7.6, 15, 120].map(oneSignificantFigure)).toEqual([0, 0.3, 8, 20, 100]);
  });

  it('map cuts per minute to the origin cut frequencies', () => {
    expect([cutFrequencyOf(0, 2), cutFrequencyOf(1, 60), cutFrequencyOf(1, 10), cutFrequencyOf(1, 2), cutFrequencyOf(3, 2)]).toEqual(['none', 'rare', 'normal', 'fast', 'rapid']);
  });

  it('give lighting contrast shares that sum to 1', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (contrast) => {
      const shares = lightingContrastShares(contrast);
      expect(shares.flat + shares.normal + shares.high + shares.chiaroscuro).toBeCloseTo(1, 9);
    }));
  });
});

describe('gradient strength bands', () => {
  it('double from 0.5 and stop at 64', async () => {
    const { gradientStrengthBand, gradientStrengthFloor } = await import('./quantize.js');
    expect([0, 0.49, 0.5, 0.99, 1, 3.9, 4, 22.4, 46.9, 64, 500].map(gradientStrengthBand)).toEqual([0, 0, 1, 1, 2, 3, 4, 6, 7, 8, 8]);
    expect([0, 1, 2, 8].map(gradientStrengthFloor)).toEqual([0, 0.5, 1, 64]);
  });
});
