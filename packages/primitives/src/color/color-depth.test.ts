import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { colorDepthSchema } from '../contracts/common.js';
import { MotionregError } from '../errors/motionreg-error.js';
import { colorPrimitives } from '../origins/primitives.js';
import type { Rgb } from '../origins/primitives.js';
import { colorDepth, linearColorDepthInto, mixDepth, mixDepthLinear } from './color-depth.js';
import { deltaE2000 } from './delta-e-2000.js';
import { linearToLab, rgbToLab, rgbToLinear } from './rgb-to-lab.js';

/** Checks every law of a depth and returns the reproduction ΔE00. */
function checkDepth(rgb: Rgb): number {
  const depth = colorDepth(rgb);
  const values = Object.values(depth);
  const sum = values.reduce((total, pct) => total + pct, 0);
  if (Math.abs(sum - 100) > 0.01) throw new Error(`sum ${sum} for ${rgb.join(',')}`);
  if (values.filter((pct) => pct > 0).length > 4) throw new Error(`more than 4 primitives for ${rgb.join(',')}`);
  if (values.some((pct) => pct < 0 || Math.abs(Math.round(pct * 100) - pct * 100) > 1e-6)) {
    throw new Error(`a share is negative or has more than 2 decimals for ${rgb.join(',')}`);
  }
  return deltaE2000(rgbToLab(rgb), linearToLab(mixDepthLinear(depth)));
}

const rgbArbitrary = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }));

describe('colorDepth', () => {
  it('gives every primitive 100% of itself', () => {
    for (const primitive of colorPrimitives) {
      const depth = colorDepth([...primitive.rgb]);
      expect(depth[primitive.name]).toBe(100);
    }
  });

  it('fits the colorDepth contract with all 16 keys', () => {
    const depth = colorDepth([200, 120, 60]);
    expect(colorDepthSchema.safeParse(depth).success).toBe(true);
    expect(Object.keys(depth)).toEqual(colorPrimitives.map((primitive) => primitive.name));
  });

  it('for 10,000 random colours: sums to 100 (±0.01), uses at most 4 primitives, reproduces within ΔE00 1.0', () => {
    let worst = 0;
    fc.assert(
      fc.property(rgbArbitrary, (rgb) => {
        const delta = checkDepth(rgb);
        worst = Math.max(worst, delta);
        expect(delta).toBeLessThanOrEqual(1);
      }),
      { numRuns: 10_000, seed: 2005 },
    );
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('holds on a coarse grid (every 5th level per channel) and on all 256 greys', () => {
    let worst = 0;
    const levels = Array.from({ length: 52 }, (_, index) => index * 5);
    for (const red of levels) for (const green of levels) for (const blue of levels) worst = Math.max(worst, checkDepth([red, green, blue]));
    for (let grey = 0; grey < 256; grey += 1) worst = Math.max(worst, checkDepth([grey, grey, grey]));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('prefers near primitives: a colour close to one primitive is mostly that primitive', () => {
    expect(colorDepth([250, 160, 5]).orange).toBeGreaterThan(80);
    expect(colorDepth([0, 0, 120]).navy).toBeGreaterThan(80);
    expect(colorDepth([130, 128, 126]).gray).toBeGreaterThan(80);
  });

  it('mixes back to the same 8-bit colour for the grid of every 17th level', () => {
    const mismatches: string[] = [];
    for (let red = 0; red < 256; red += 17) for (let green = 0; green < 256; green += 17) for (let blue = 0; blue < 256; blue += 17) {
      const back = mixDepth(colorDepth([red, green, blue]));
      if (back[0] !== red || back[1] !== green || back[2] !== blue) mismatches.push(`${red},${green},${blue}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('writes exact fractions in the hot-path form', () => {
    const out = new Float64Array(16);
    const linear = rgbToLinear([37, 201, 142]);
    linearColorDepthInto(linear[0], linear[1], linear[2], out);
    expect(out.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
    const mixed = [0, 1, 2].map((channel) => colorPrimitives.reduce((sum, primitive, index) => sum + out[index]! * rgbToLinear([...primitive.rgb])[channel]!, 0));
    mixed.forEach((value, channel) => expect(value).toBeCloseTo(linear[channel]!, 12));
  });

  it('rejects a colour that is not 8-bit with invalid_input', () => {
    for (const bad of [[256, 0, 0], [1.5, 0, 0], [-1, 0, 0], [0, 0]] as unknown as Rgb[]) {
      try {
        colorDepth(bad);
        expect.unreachable();
      } catch (error) {
        expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
      }
    }
  });
});
