import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deltaE2000Rgb } from '@motionreg/primitives';
import type { Rgb } from '@motionreg/primitives';
import { dominantColors } from './dominant-colors.js';
import { FrameSampler } from './frame-sampler.js';

/** An rgb24 frame of vertical bands, one colour each, with the given widths. */
function bands(colors: readonly Rgb[], widths: readonly number[], height: number): { data: Uint8Array; width: number } {
  const width = widths.reduce((sum, value) => sum + value, 0);
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    let x = 0;
    colors.forEach((color, band) => {
      for (let column = 0; column < widths[band]!; column += 1, x += 1) data.set(color, (y * width + x) * 3);
    });
  }
  return { data, width };
}

const rgb = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }));

describe('dominantColors', () => {
  it('returns every placed colour exactly, with its exact coverage, largest first, for colours ΔE00 > 8 apart', () => {
    fc.assert(
      fc.property(
        fc.array(rgb, { minLength: 1, maxLength: 6 }).filter((colors) =>
          colors.every((color, index) => colors.slice(index + 1).every((other) => deltaE2000Rgb(color, other) > 8)),
        ),
        fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 6, maxLength: 6 }),
        (colors, widths) => {
          const frame = bands(colors, widths.slice(0, colors.length), 8);
          const sampler = new FrameSampler(frame.width, 8);
          sampler.sample(frame.data);
          const found = dominantColors(sampler);
          expect(found).toHaveLength(colors.length);
          colors.forEach((color, index) => {
            const match = found.find((candidate) => candidate.rgb.every((value, channel) => value === color[channel]));
            expect(match, `rgb(${color.join(',')})`).toBeDefined();
            expect(match!.coverage).toBeCloseTo(widths[index]! / frame.width, 9);
          });
          expect(found.map((color) => color.coverage)).toEqual([...found.map((color) => color.coverage)].sort((a, b) => b - a));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('gathers codec noise around a colour into that colour and keeps coverages summing to 1', () => {
    fc.assert(
      fc.property(rgb, fc.integer({ min: 1, max: 1000 }), (color, seed) => {
        let state = seed;
        const noisy = new Uint8Array(64 * 48 * 3);
        for (let index = 0; index < noisy.length; index += 1) {
          state = (state * 1103515245 + 12345) % 2 ** 31;
          const jitter = (state % 5) - 2; // ±2 levels, like H.264 at low CRF on flat colour
          noisy[index] = Math.min(255, Math.max(0, color[index % 3]! + jitter));
        }
        const sampler = new FrameSampler(64, 48);
        sampler.sample(noisy);
        const found = dominantColors(sampler);
        expect(found[0]!.coverage).toBeGreaterThan(0.95);
        expect(deltaE2000Rgb(found[0]!.rgb, color)).toBeLessThan(1.5);
        expect(found.reduce((sum, entry) => sum + entry.coverage, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 60 },
    );
  });
});
