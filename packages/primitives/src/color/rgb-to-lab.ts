import {
  convertLab65ToRgb,
  convertLrgbToOklab,
  convertLrgbToRgb,
  convertOklabToLrgb,
  convertRgbToLrgb,
  converter,
} from 'culori';
import type { Rgb } from '../origins/primitives.js';

/** Linear-light sRGB `[r, g, b]`, each 0–1 for in-gamut colours. */
export type LinearRgb = readonly [number, number, number];
/** CIE L\*a\*b\* under D65 `[L, a, b]`; L runs 0–100. */
export type Lab = readonly [number, number, number];
/** OKLab `[L, a, b]`; L runs 0–1. */
export type Oklab = readonly [number, number, number];

const toXyz65 = converter('xyz65');

/**
 * sRGB 8-bit level → linear light, for every level 0–255, computed once by culori.
 * why: extraction converts millions of pixels; a table lookup replaces a `Math.pow` per channel.
 */
export const srgbToLinearTable: Float64Array = (() => {
  const table = new Float64Array(256);
  for (let level = 0; level < 256; level += 1) {
    table[level] = convertRgbToLrgb({ r: level / 255, g: 0, b: 0 }).r;
  }
  return table;
})();

// why: the linear-RGB → XYZ (D65) matrix is read from culori (linear input, so the columns are the images
// of the unit vectors) and the white point is the image of linear white, so the fast path below cannot drift
// from the library it is tested against.
const matrix = (() => {
  const columns = [
    toXyz65({ mode: 'lrgb', r: 1, g: 0, b: 0 }),
    toXyz65({ mode: 'lrgb', r: 0, g: 1, b: 0 }),
    toXyz65({ mode: 'lrgb', r: 0, g: 0, b: 1 }),
  ];
  const white = toXyz65({ mode: 'lrgb', r: 1, g: 1, b: 1 });
  const values = new Float64Array(9);
  columns.forEach((column, index) => {
    values[index] = column.x / white.x;
    values[3 + index] = column.y / white.y;
    values[6 + index] = column.z / white.z;
  });
  return values;
})();
const m00 = matrix[0]!, m01 = matrix[1]!, m02 = matrix[2]!;
const m10 = matrix[3]!, m11 = matrix[4]!, m12 = matrix[5]!;
const m20 = matrix[6]!, m21 = matrix[7]!, m22 = matrix[8]!;

// CIE 1976 constants (ε = 216/24389, κ = 24389/27), the same values culori uses.
const labEpsilon = 216 / 24389;
const labKappa = 24389 / 27;
function labCompand(value: number): number {
  return value > labEpsilon ? Math.cbrt(value) : (labKappa * value + 16) / 116;
}

/**
 * Writes the Lab (D65) of a linear-light colour into `out[offset..offset+2]` without allocating.
 * This is the hot-path form of {@link linearToLab}; results equal culori's `lab65` converter to 1e-9.
 *
 * @param offset - first index to write
 * @default offset 0
 */
export function linearToLabInto(red: number, green: number, blue: number, out: Float64Array | number[], offset = 0): void {
  const fx = labCompand(m00 * red + m01 * green + m02 * blue);
  const fy = labCompand(m10 * red + m11 * green + m12 * blue);
  const fz = labCompand(m20 * red + m21 * green + m22 * blue);
  out[offset] = 116 * fy - 16;
  // why: like culori, greys get exactly zero a* and b*; float noise would otherwise give them a random hue.
  if (red === green && green === blue) {
    out[offset + 1] = 0;
    out[offset + 2] = 0;
  } else {
    out[offset + 1] = 500 * (fx - fy);
    out[offset + 2] = 200 * (fy - fz);
  }
}

/** Writes the Lab (D65) of an 8-bit sRGB colour into `out[offset..offset+2]` without allocating. */
export function rgbToLabInto(red: number, green: number, blue: number, out: Float64Array | number[], offset = 0): void {
  linearToLabInto(srgbToLinearTable[red]!, srgbToLinearTable[green]!, srgbToLinearTable[blue]!, out, offset);
}

/**
 * An 8-bit sRGB colour in linear light (0–1 per channel).
 *
 * @example
 * ```ts
 * rgbToLinear([255, 128, 0]); // [1, 0.2158..., 0]
 * ```
 */
export function rgbToLinear(rgb: Rgb): LinearRgb {
  return [srgbToLinearTable[rgb[0]]!, srgbToLinearTable[rgb[1]]!, srgbToLinearTable[rgb[2]]!];
}

/** One linear-light channel (0–1) as an unrounded sRGB level (0–255), by culori's transfer function. */
export function linearToSrgbLevel(value: number): number {
  return convertLrgbToRgb({ r: value, g: 0, b: 0 }).r * 255;
}

function toByte(unit: number): number {
  return Math.min(255, Math.max(0, Math.round(unit * 255)));
}

/** A linear-light colour as the nearest 8-bit sRGB colour (clamped to the gamut). */
export function linearToRgb(linear: LinearRgb): Rgb {
  const rgb = convertLrgbToRgb({ r: linear[0], g: linear[1], b: linear[2] });
  return [toByte(rgb.r), toByte(rgb.g), toByte(rgb.b)];
}

/** A linear-light colour in CIE Lab (D65). */
export function linearToLab(linear: LinearRgb): Lab {
  const out: [number, number, number] = [0, 0, 0];
  linearToLabInto(linear[0], linear[1], linear[2], out);
  return out;
}

/**
 * An 8-bit sRGB colour in CIE Lab (D65), the space CIEDE2000 is defined on.
 *
 * @example
 * ```ts
 * rgbToLab([255, 0, 0]); // [53.24, 80.09, 67.20]
 * ```
 */
export function rgbToLab(rgb: Rgb): Lab {
  const out: [number, number, number] = [0, 0, 0];
  rgbToLabInto(rgb[0], rgb[1], rgb[2], out);
  return out;
}

/** A CIE Lab (D65) colour as the nearest 8-bit sRGB colour (clamped to the gamut), by culori. */
export function labToRgb(lab: Lab): Rgb {
  const rgb = convertLab65ToRgb({ l: lab[0], a: lab[1], b: lab[2] });
  return [toByte(rgb.r), toByte(rgb.g), toByte(rgb.b)];
}

/** A linear-light colour in OKLab, by culori. */
export function linearToOklab(linear: LinearRgb): Oklab {
  const oklab = convertLrgbToOklab({ r: linear[0], g: linear[1], b: linear[2] });
  return [oklab.l, oklab.a, oklab.b];
}

/**
 * An 8-bit sRGB colour in OKLab, the space motionreg uses for perceptual nearness over large
 * distances (CIEDE2000 is tuned for small ones).
 *
 * @example
 * ```ts
 * rgbToOklab([255, 255, 255]); // [1, 0, 0] (to 1e-7)
 * ```
 */
export function rgbToOklab(rgb: Rgb): Oklab {
  return linearToOklab(rgbToLinear(rgb));
}

/** An OKLab colour as the nearest 8-bit sRGB colour (clamped to the gamut), by culori. */
export function oklabToRgb(oklab: Oklab): Rgb {
  const linear = convertOklabToLrgb({ l: oklab[0], a: oklab[1], b: oklab[2] });
  return linearToRgb([linear.r, linear.g, linear.b]);
}
