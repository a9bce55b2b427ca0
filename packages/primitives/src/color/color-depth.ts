import { convertLrgbToOklab } from 'culori';
import { invalidInput } from '../errors/motionreg-error.js';
import { colorPrimitives } from '../origins/primitives.js';
import type { ColorPrimitiveName, Rgb } from '../origins/primitives.js';
import type { ColorDepthBreakdown } from '../contracts/common.js';
import { linearToRgb, srgbToLinearTable } from './rgb-to-lab.js';
import { roundPercentages } from './round-percentages.js';
import type { LinearRgb } from './rgb-to-lab.js';

const component = 'primitives';
const primitiveCount = colorPrimitives.length;

// Primitive data in flat typed arrays, index j = position in `colorPrimitives`.
const primitiveLinear = new Float64Array(primitiveCount * 3);
const primitiveOklab = new Float64Array(primitiveCount * 3);
colorPrimitives.forEach((primitive, index) => {
  const [red, green, blue] = primitive.rgb;
  primitiveLinear[index * 3] = srgbToLinearTable[red]!;
  primitiveLinear[index * 3 + 1] = srgbToLinearTable[green]!;
  primitiveLinear[index * 3 + 2] = srgbToLinearTable[blue]!;
  const oklab = convertLrgbToOklab({ r: primitiveLinear[index * 3]!, g: primitiveLinear[index * 3 + 1]!, b: primitiveLinear[index * 3 + 2]! });
  primitiveOklab[index * 3] = oklab.l;
  primitiveOklab[index * 3 + 1] = oklab.a;
  primitiveOklab[index * 3 + 2] = oklab.b;
});

function primitiveIndex(name: ColorPrimitiveName): number {
  return colorPrimitives.findIndex((primitive) => primitive.name === name);
}
// The cube corners start the simplex: every colour lies in one of the six tetrahedra black–corner–corner–white.
const black = primitiveIndex('black');
const white = primitiveIndex('white');
const singleChannelCorner = [primitiveIndex('red'), primitiveIndex('green'), primitiveIndex('blue')] as const;
// Index by the two strongest channels (as a bit mask 1 = red, 2 = green, 4 = blue).
const twoChannelCorner: Record<number, number> = {
  3: primitiveIndex('yellow'),
  5: primitiveIndex('magenta'),
  6: primitiveIndex('cyan'),
};

// Scratch state of the simplex, reused by every call (no allocation in the hot path).
const basis = new Int32Array(4);
const basisInverse = new Float64Array(16);
const basicValues = new Float64Array(4);
const cost = new Float64Array(primitiveCount);
const prices = new Float64Array(4);
const direction = new Float64Array(4);
const isBasic = new Uint8Array(primitiveCount);
const channels = new Float64Array(3);
const tolerance = 1e-12;
const maxIterations = 64;
// why: Dantzig's rule is fast but can cycle on degenerate vertices (greys sit on many faces at once);
// after this many pivots we switch to Bland's rule, which provably terminates.
const blandAfter = 24;

/** The column of primitive j in the constraint matrix: its linear RGB and a 1 for "weights sum to 1". */
function column(j: number, row: number): number {
  return row === 3 ? 1 : primitiveLinear[j * 3 + row]!;
}

const work = new Float64Array(32);
function invertBasis(): void {
  // Gauss–Jordan on the 4×4 basis matrix; the starting basis is a non-degenerate tetrahedron.
  work.fill(0);
  for (let row = 0; row < 4; row += 1) {
    for (let col = 0; col < 4; col += 1) work[row * 8 + col] = column(basis[col]!, row);
    work[row * 8 + 4 + row] = 1;
  }
  for (let pivotColumn = 0; pivotColumn < 4; pivotColumn += 1) {
    let pivotRow = pivotColumn;
    for (let row = pivotColumn + 1; row < 4; row += 1) {
      if (Math.abs(work[row * 8 + pivotColumn]!) > Math.abs(work[pivotRow * 8 + pivotColumn]!)) pivotRow = row;
    }
    if (pivotRow !== pivotColumn) {
      for (let col = 0; col < 8; col += 1) {
        const swap = work[pivotColumn * 8 + col]!;
        work[pivotColumn * 8 + col] = work[pivotRow * 8 + col]!;
        work[pivotRow * 8 + col] = swap;
      }
    }
    const pivot = work[pivotColumn * 8 + pivotColumn]!;
    for (let col = 0; col < 8; col += 1) work[pivotColumn * 8 + col] = work[pivotColumn * 8 + col]! / pivot;
    for (let row = 0; row < 4; row += 1) {
      if (row === pivotColumn) continue;
      const factor = work[row * 8 + pivotColumn]!;
      if (factor === 0) continue;
      for (let col = 0; col < 8; col += 1) work[row * 8 + col] = work[row * 8 + col]! - factor * work[pivotColumn * 8 + col]!;
    }
  }
  for (let row = 0; row < 4; row += 1) for (let col = 0; col < 4; col += 1) basisInverse[row * 4 + col] = work[row * 8 + 4 + col]!;
}

const startingBases = new Map<number, Int32Array>();
function startingBasis(order: number): Int32Array {
  let cached = startingBases.get(order);
  if (cached === undefined) {
    const first = order & 3;
    const second = (order >> 2) & 3;
    cached = Int32Array.of(black, singleChannelCorner[first]!, twoChannelCorner[(1 << first) | (1 << second)]!, white);
    startingBases.set(order, cached);
  }
  return cached;
}

/**
 * Writes the depth of a linear-light colour as unrounded fractions (0–1, summing to 1) of the 16
 * colour primitives into `out[0..15]` (order of `colorPrimitives`), without allocating.
 * At most four fractions are non-zero. The hot-path form of {@link colorDepth}; see it for the method.
 */
export function linearColorDepthInto(red: number, green: number, blue: number, out: Float64Array | number[]): void {
  // Costs: perceptual (OKLab) distance from the colour to each primitive.
  const oklab = convertLrgbToOklab({ r: red, g: green, b: blue });
  for (let j = 0; j < primitiveCount; j += 1) {
    const dl = oklab.l - primitiveOklab[j * 3]!;
    const da = oklab.a - primitiveOklab[j * 3 + 1]!;
    const db = oklab.b - primitiveOklab[j * 3 + 2]!;
    cost[j] = Math.sqrt(dl * dl + da * da + db * db);
  }

  // Starting vertex: the Kuhn tetrahedron of the cube that holds the colour (channels sorted descending).
  channels[0] = red;
  channels[1] = green;
  channels[2] = blue;
  let first = 0;
  for (let index = 1; index < 3; index += 1) if (channels[index]! > channels[first]!) first = index;
  let second = first === 0 ? 1 : 0;
  for (let index = 0; index < 3; index += 1) if (index !== first && channels[index]! > channels[second]!) second = index;
  const third = 3 - first - second;
  basis.set(startingBasis(first | (second << 2)));
  basicValues[0] = 1 - channels[first]!;
  basicValues[1] = channels[first]! - channels[second]!;
  basicValues[2] = channels[second]! - channels[third]!;
  basicValues[3] = channels[third]!;
  invertBasis();
  isBasic.fill(0);
  for (let row = 0; row < 4; row += 1) isBasic[basis[row]!] = 1;

  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    // Prices y = c_B · B⁻¹, then the reduced cost of every non-basic primitive.
    for (let col = 0; col < 4; col += 1) {
      let sum = 0;
      for (let row = 0; row < 4; row += 1) sum += cost[basis[row]!]! * basisInverse[row * 4 + col]!;
      prices[col] = sum;
    }
    let entering = -1;
    let best = -1e-12;
    for (let j = 0; j < primitiveCount; j += 1) {
      if (isBasic[j] === 1) continue;
      const reduced =
        cost[j]! - (prices[0]! * primitiveLinear[j * 3]! + prices[1]! * primitiveLinear[j * 3 + 1]! + prices[2]! * primitiveLinear[j * 3 + 2]! + prices[3]!);
      if (reduced < best) {
        entering = j;
        if (iteration >= blandAfter) break;
        best = reduced;
      }
    }
    if (entering < 0) break;

    // Direction B⁻¹·A_j and the ratio test keep every weight non-negative.
    for (let row = 0; row < 4; row += 1) {
      direction[row] =
        basisInverse[row * 4]! * primitiveLinear[entering * 3]! +
        basisInverse[row * 4 + 1]! * primitiveLinear[entering * 3 + 1]! +
        basisInverse[row * 4 + 2]! * primitiveLinear[entering * 3 + 2]! +
        basisInverse[row * 4 + 3]!;
    }
    let leaving = -1;
    let ratio = Infinity;
    for (let row = 0; row < 4; row += 1) {
      if (direction[row]! > tolerance) {
        const candidate = Math.max(0, basicValues[row]!) / direction[row]!;
        if (candidate < ratio - tolerance || (candidate <= ratio + tolerance && leaving >= 0 && basis[row]! < basis[leaving]!)) {
          ratio = candidate;
          leaving = row;
        }
      }
    }
    // why: the feasible set is bounded (weights sum to 1), so a missing leaving row can only be float noise.
    if (leaving < 0) break;

    const pivot = direction[leaving]!;
    for (let col = 0; col < 4; col += 1) basisInverse[leaving * 4 + col] = basisInverse[leaving * 4 + col]! / pivot;
    basicValues[leaving] = basicValues[leaving]! / pivot;
    for (let row = 0; row < 4; row += 1) {
      if (row === leaving) continue;
      const factor = direction[row]!;
      if (factor === 0) continue;
      for (let col = 0; col < 4; col += 1) basisInverse[row * 4 + col] = basisInverse[row * 4 + col]! - factor * basisInverse[leaving * 4 + col]!;
      basicValues[row] = basicValues[row]! - factor * basicValues[leaving]!;
    }
    isBasic[basis[leaving]!] = 0;
    isBasic[entering] = 1;
    basis[leaving] = entering;
  }

  for (let j = 0; j < primitiveCount; j += 1) out[j] = 0;
  let total = 0;
  for (let row = 0; row < 4; row += 1) {
    const weight = basicValues[row]! > 0 ? basicValues[row]! : 0;
    out[basis[row]!] = weight;
    total += weight;
  }
  for (let row = 0; row < 4; row += 1) out[basis[row]!] = out[basis[row]!]! / total;
}

const fractions = new Float64Array(primitiveCount);

function assertRgb(rgb: Rgb): void {
  if (
    !Array.isArray(rgb) ||
    rgb.length !== 3 ||
    !rgb.every((channel) => Number.isInteger(channel) && channel >= 0 && channel <= 255)
  ) {
    throw invalidInput(component, `colorDepth needs an 8-bit [r, g, b] ${JSON.stringify(rgb)}: channels must be integers 0–255`);
  }
}

/**
 * The one depth concept for colour: the composition of an 8-bit sRGB colour as percentages of the 16
 * colour primitives (keys in `colorPrimitives` order, every key present). The percentages have two
 * decimals, sum to 100, at most four are non-zero, and mixing the primitives' linear-light RGB with
 * these weights reproduces the colour within CIEDE2000 1.0 (checked for all 16,777,216 colours by
 * `bench/color-depth.bench.ts`).
 *
 * Method: among all exact linear-light mixtures of the primitives (the cube's eight corners are
 * primitives, so one always exists), take the one whose weighted mean OKLab distance from the colour
 * to its ingredients is least — "prefer near primitives" as a linear programme. It has four equality
 * constraints (r, g, b, sum = 1), so its optimal vertex uses at most four primitives. A 4-row simplex
 * solves it from the cube tetrahedron holding the colour. Fractions are then rounded to hundredths of
 * a percent by largest remainder ({@link roundPercentages}) so they sum to exactly 100.
 *
 * @example
 * ```ts
 * colorDepth([255, 165, 0]).orange; // 100
 * colorDepth([200, 120, 60]);       // { red: 27.12, orange: 19.01, gray: 20.93, olive: 32.94, others 0 }
 * ```
 */
export function colorDepth(rgb: Rgb): ColorDepthBreakdown {
  assertRgb(rgb);
  linearColorDepthInto(srgbToLinearTable[rgb[0]]!, srgbToLinearTable[rgb[1]]!, srgbToLinearTable[rgb[2]]!, fractions);
  const percentages = roundPercentages(fractions);
  const depth = {} as Record<ColorPrimitiveName, number>;
  for (let j = 0; j < primitiveCount; j += 1) depth[colorPrimitives[j]!.name] = percentages[j]!;
  return depth;
}

/**
 * The linear-light colour a depth describes: the primitives' linear RGB mixed with the percentages as
 * weights. The inverse of {@link colorDepth} (up to its two-decimal rounding). Missing keys count as 0.
 */
export function mixDepthLinear(depth: Partial<Record<ColorPrimitiveName, number>>): LinearRgb {
  let red = 0;
  let green = 0;
  let blue = 0;
  let total = 0;
  colorPrimitives.forEach((primitive, j) => {
    const pct = depth[primitive.name] ?? 0;
    if (!Number.isFinite(pct) || pct < 0) {
      throw invalidInput(component, `mixDepth needs non-negative percentages ${primitive.name}=${String(pct)}: got an invalid share`);
    }
    red += (pct / 100) * primitiveLinear[j * 3]!;
    green += (pct / 100) * primitiveLinear[j * 3 + 1]!;
    blue += (pct / 100) * primitiveLinear[j * 3 + 2]!;
    total += pct;
  });
  if (total <= 0) throw invalidInput(component, 'mixDepth needs a depth with a positive total {}: all shares are 0');
  return [red, green, blue];
}

/**
 * The nearest 8-bit sRGB colour of a depth (see {@link mixDepthLinear}).
 *
 * @example
 * ```ts
 * mixDepth(colorDepth([12, 34, 56])); // [12, 34, 56]
 * ```
 */
export function mixDepth(depth: Partial<Record<ColorPrimitiveName, number>>): Rgb {
  return linearToRgb(mixDepthLinear(depth));
}
