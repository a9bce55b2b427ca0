import { convertLrgbToOklab } from 'culori';
import { deltaE2000Components } from '../color/delta-e-2000.js';
import { rgbToLabInto, srgbToLinearTable } from '../color/rgb-to-lab.js';
import type { Rgb } from '../origins/primitives.js';
import { colorNameDataset } from './color-name-dataset.js';
import { isDeniedName } from './denied-names.js';

/**
 * A word of a usable colour name: letters only (any script), with inner apostrophes or hyphens
 * ("Robin’s", "Blue-Green"). Names with digits or other marks ("24 Carrot", "Ahoy! Blue", "H₂O") are dropped.
 */
const nameWordPattern = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/** The colour-name dataset (color-name-list) filtered and laid out for fast nearest-colour search. */
export interface ColorNameIndex {
  /** Usable names, in dataset order. */
  readonly names: readonly string[];
  /** 8-bit sRGB of each name, `3 × names.length`. */
  readonly rgb: Uint8Array;
  /** CIE Lab (D65) of each name, `3 × names.length`. */
  readonly lab: Float64Array;
  /** OKLab of each name, `3 × names.length`. */
  readonly oklab: Float64Array;
  /** Every distinct word (lower case) of the usable names. */
  readonly words: ReadonlySet<string>;
  /** Milliseconds it took to build. */
  readonly buildMs: number;
}

/**
 * True when every space-separated word of a dataset name is letters only (see the module notes) and the
 * name is not one a client could not be shown (`denied-names.ts`: political, religious, ethnic, crude, or a
 * letter of another script).
 */
export function isUsableColorName(name: string): boolean {
  const words = name.split(' ');
  return words.length > 0 && words.every((word) => nameWordPattern.test(word)) && !isDeniedName(name);
}

let cached: ColorNameIndex | undefined;

/**
 * The colour-name index, built on first use and cached: the names of color-name-list without digits or
 * punctuation (about 31,750 of 31,880), with their Lab and OKLab precomputed in typed arrays.
 */
export function colorNameIndex(): ColorNameIndex {
  if (cached !== undefined) return cached;
  const started = performance.now();
  const usable = colorNameDataset().filter((entry) => isUsableColorName(entry.name));
  const count = usable.length;
  const rgb = new Uint8Array(count * 3);
  const lab = new Float64Array(count * 3);
  const oklab = new Float64Array(count * 3);
  const words = new Set<string>();
  const names = usable.map((entry, index) => {
    const value = Number.parseInt(entry.hex.slice(1), 16);
    const red = (value >> 16) & 255;
    const green = (value >> 8) & 255;
    const blue = value & 255;
    rgb[index * 3] = red;
    rgb[index * 3 + 1] = green;
    rgb[index * 3 + 2] = blue;
    rgbToLabInto(red, green, blue, lab, index * 3);
    const ok = convertLrgbToOklab({ r: srgbToLinearTable[red]!, g: srgbToLinearTable[green]!, b: srgbToLinearTable[blue]! });
    oklab[index * 3] = ok.l;
    oklab[index * 3 + 1] = ok.a;
    oklab[index * 3 + 2] = ok.b;
    for (const word of entry.name.split(' ')) words.add(word.toLowerCase());
    return entry.name;
  });
  cached = { names, rgb, lab, oklab, words, buildMs: performance.now() - started };
  return cached;
}

/** One dataset colour found near a query colour. */
export interface ColorNameMatch {
  /** Index into {@link ColorNameIndex.names}. */
  readonly index: number;
  readonly name: string;
  readonly rgb: Rgb;
  /** CIEDE2000 from the query colour. */
  readonly deltaE2000: number;
}

/** Options for {@link nearestColorNames}. */
export interface NearestColorNamesOptions {
  /**
   * How many OKLab-nearest names to re-rank by CIEDE2000. Larger is slower and closer to an exhaustive
   * CIEDE2000 search; `Infinity` ranks the whole dataset exactly.
   * @default 64
   */
  shortlist?: number;
}

const queryLab = new Float64Array(3);

/**
 * The `count` dataset colours nearest to `rgb` by CIEDE2000, nearest first (ties by dataset order).
 * A brute-force OKLab pass over the typed arrays shortlists candidates (OKLab distance ranks large
 * differences well), which are then re-ranked by CIEDE2000; with `shortlist: Infinity` the whole dataset
 * is ranked by CIEDE2000.
 *
 * @example
 * ```ts
 * nearestColorNames([0, 128, 128], 3).map((match) => match.name); // ['Teal', ...]
 * ```
 */
export function nearestColorNames(rgb: Rgb, count: number, options: NearestColorNamesOptions = {}): ColorNameMatch[] {
  const index = colorNameIndex();
  const total = index.names.length;
  const shortlistSize = Math.min(total, Math.max(count, options.shortlist ?? 64));
  rgbToLabInto(rgb[0], rgb[1], rgb[2], queryLab, 0);
  let candidates: number[];
  if (shortlistSize >= total) {
    candidates = Array.from({ length: total }, (_, position) => position);
  } else {
    const query = convertLrgbToOklab({ r: srgbToLinearTable[rgb[0]]!, g: srgbToLinearTable[rgb[1]]!, b: srgbToLinearTable[rgb[2]]! });
    // A bounded, sorted buffer of the best distances so far: insertion costs O(shortlist) only when a
    // candidate beats the current worst, which after the first few hundred names is rare.
    const bestDistance = new Float64Array(shortlistSize).fill(Infinity);
    const bestIndex = new Int32Array(shortlistSize).fill(-1);
    const oklab = index.oklab;
    for (let position = 0; position < total; position += 1) {
      const dl = oklab[position * 3]! - query.l;
      const da = oklab[position * 3 + 1]! - query.a;
      const db = oklab[position * 3 + 2]! - query.b;
      const distance = dl * dl + da * da + db * db;
      if (distance >= bestDistance[shortlistSize - 1]!) continue;
      let slot = shortlistSize - 1;
      while (slot > 0 && bestDistance[slot - 1]! > distance) {
        bestDistance[slot] = bestDistance[slot - 1]!;
        bestIndex[slot] = bestIndex[slot - 1]!;
        slot -= 1;
      }
      bestDistance[slot] = distance;
      bestIndex[slot] = position;
    }
    candidates = Array.from(bestIndex).filter((position) => position >= 0);
  }
  const lab = index.lab;
  const scored = candidates.map((position) => ({
    position,
    delta: deltaE2000Components(queryLab[0]!, queryLab[1]!, queryLab[2]!, lab[position * 3]!, lab[position * 3 + 1]!, lab[position * 3 + 2]!),
  }));
  scored.sort((first, second) => first.delta - second.delta || first.position - second.position);
  return scored.slice(0, count).map(({ position, delta }) => ({
    index: position,
    name: index.names[position]!,
    rgb: [index.rgb[position * 3]!, index.rgb[position * 3 + 1]!, index.rgb[position * 3 + 2]!],
    deltaE2000: delta,
  }));
}
