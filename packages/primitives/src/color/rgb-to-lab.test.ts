import { describe, expect, it } from 'vitest';
import { converter } from 'culori';
import {
  labToRgb,
  linearToLab,
  linearToRgb,
  linearToSrgbLevel,
  oklabToRgb,
  rgbToLab,
  rgbToLinear,
  rgbToOklab,
  srgbToLinearTable,
} from './rgb-to-lab.js';
import type { Rgb } from '../origins/primitives.js';

const toLab65 = converter('lab65');
const toLrgb = converter('lrgb');

function grid(step: number): Rgb[] {
  const colours: Rgb[] = [];
  for (let r = 0; r <= 255; r += step) for (let g = 0; g <= 255; g += step) for (let b = 0; b <= 255; b += step) colours.push([r, g, b]);
  return colours;
}

describe('colour conversions', () => {
  it('linearises every 8-bit level as culori does', () => {
    for (let level = 0; level < 256; level += 1) {
      expect(srgbToLinearTable[level]).toBeCloseTo(toLrgb({ mode: 'rgb', r: level / 255, g: 0, b: 0 }).r, 12);
    }
  });

  it('gives the same Lab (D65) as culori over a grid, greys exactly achromatic', () => {
    for (const rgb of grid(15)) {
      const expected = toLab65({ mode: 'rgb', r: rgb[0] / 255, g: rgb[1] / 255, b: rgb[2] / 255 });
      const lab = rgbToLab(rgb);
      expect(lab[0]).toBeCloseTo(expected.l, 9);
      expect(lab[1]).toBeCloseTo(expected.a, 9);
      expect(lab[2]).toBeCloseTo(expected.b, 9);
    }
    expect(rgbToLab([77, 77, 77]).slice(1)).toEqual([0, 0]);
  });

  it('knows the textbook Lab of the sRGB primaries', () => {
    const red = rgbToLab([255, 0, 0]);
    expect(red[0]).toBeCloseTo(53.24, 2);
    expect(red[1]).toBeCloseTo(80.09, 2);
    expect(red[2]).toBeCloseTo(67.2, 2);
    expect(rgbToLab([255, 255, 255])[0]).toBeCloseTo(100, 9);
  });

  it('round-trips every grid colour through linear, Lab and OKLab', () => {
    for (const rgb of grid(17)) {
      expect(linearToRgb(rgbToLinear(rgb))).toEqual(rgb);
      expect(labToRgb(rgbToLab(rgb))).toEqual(rgb);
      expect(oklabToRgb(rgbToOklab(rgb))).toEqual(rgb);
      expect(linearToLab(rgbToLinear(rgb))).toEqual(rgbToLab(rgb));
    }
  });

  it('puts white at OKLab L = 1 and converts levels back', () => {
    expect(rgbToOklab([255, 255, 255])[0]).toBeCloseTo(1, 6);
    expect(linearToSrgbLevel(srgbToLinearTable[200]!)).toBeCloseTo(200, 9);
  });
});
