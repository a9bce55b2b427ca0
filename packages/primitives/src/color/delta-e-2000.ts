import { differenceCiede2000 } from 'culori';
import type { Lab65 } from 'culori';
import type { Rgb } from '../origins/primitives.js';
import { rgbToLabInto } from './rgb-to-lab.js';
import type { Lab } from './rgb-to-lab.js';

const ciede2000 = differenceCiede2000();

// why: culori's converter returns a colour already in `lab65` mode unchanged, so two reused objects make
// every call allocation-free. JavaScript is single-threaded and culori does not keep them, so reuse is safe.
const scratchA: Lab65 = { mode: 'lab65', l: 0, a: 0, b: 0 };
const scratchB: Lab65 = { mode: 'lab65', l: 0, a: 0, b: 0 };
const scratchLab = new Float64Array(6);

/**
 * The CIEDE2000 colour difference ΔE00 (kL = kC = kH = 1) between two CIE Lab (D65) colours, by culori.
 * Matches all 34 test pairs of Sharma, Wu and Dalal (2005) to 4 decimals (see `delta-e-2000.test.ts`).
 * Roughly 1.0 is a just-noticeable difference.
 *
 * @example
 * ```ts
 * deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485]); // 2.0425
 * ```
 */
export function deltaE2000(labA: Lab, labB: Lab): number {
  return deltaE2000Components(labA[0], labA[1], labA[2], labB[0], labB[1], labB[2]);
}

/** {@link deltaE2000} on six numbers, for loops over typed arrays. */
export function deltaE2000Components(lA: number, aA: number, bA: number, lB: number, aB: number, bB: number): number {
  scratchA.l = lA;
  scratchA.a = aA;
  scratchA.b = bA;
  scratchB.l = lB;
  scratchB.a = aB;
  scratchB.b = bB;
  return ciede2000(scratchA, scratchB);
}

/**
 * CIEDE2000 between two 8-bit sRGB colours (each converted to Lab D65 first).
 *
 * @example
 * ```ts
 * deltaE2000Rgb([255, 0, 0], [250, 5, 5]); // ≈ 1.05
 * ```
 */
export function deltaE2000Rgb(rgbA: Rgb, rgbB: Rgb): number {
  rgbToLabInto(rgbA[0], rgbA[1], rgbA[2], scratchLab, 0);
  rgbToLabInto(rgbB[0], rgbB[1], rgbB[2], scratchLab, 3);
  return deltaE2000Components(scratchLab[0]!, scratchLab[1]!, scratchLab[2]!, scratchLab[3]!, scratchLab[4]!, scratchLab[5]!);
}
