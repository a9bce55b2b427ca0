import { invalidInput } from '../errors/motionreg-error.js';
import { rgbToLab } from '../color/rgb-to-lab.js';
import type { Rgb } from '../origins/primitives.js';
import { colorNameIndex, nearestColorNames } from './color-name-index.js';
import type { ColorNameMatch } from './color-name-index.js';
import { firstFreeName } from './first-free-name.js';
import { clientSafeNames } from './denied-names.js';
import { colorQualifierWords } from './name-vocabulary.js';

/** How many ΔE00 one qualifier word "costs" when ranking a qualified near name against a bare farther one. */
const qualifierPenalty = 2.5;
/** Differences smaller than this (Lab units, about half a just-noticeable difference) are not described. */
const describableDifference = 0.5;
/** Below this chroma a named colour has no meaningful hue of its own, so the whole a*b* shift is described. */
const neutralChroma = 4;
const maxQualifiers = 3;
const shortlistSize = 64;

// Hue anchors (CIELab hue angle, degrees) of the tint words: the hues of sRGB red 40°, orange 74°, yellow 102°,
// green 136°, purple and magenta 328°, and for blue the middle of the cyan (196°) to blue (306°) arc.
const tintAnchors: readonly (readonly [number, (typeof colorQualifierWords.tint)[number]])[] = [
  [40, 'Reddish'],
  [74, 'Orangish'],
  [102, 'Yellowish'],
  [136, 'Greenish'],
  [250, 'Bluish'],
  [328, 'Purplish'],
];
/** An anchor this close to the named hue says nothing about the shift, so the next one along is used. */
const tintMargin = 10;
/** Hue (degrees) of the warm pole between red and orange; a cast within 90° of it is warm. */
const warmPole = 50;

function degrees(y: number, x: number): number {
  const angle = (Math.atan2(y, x) * 180) / Math.PI;
  return angle < 0 ? angle + 360 : angle;
}

/** The tint word of the first hue anchor met when turning from `hue` in `direction` (+1 counter-clockwise). */
function tintToward(hue: number, direction: number): string {
  let word: string = tintAnchors[0]![1];
  let nearest = Infinity;
  for (const [anchor, anchorWord] of tintAnchors) {
    let turn = direction > 0 ? (anchor - hue + 360) % 360 : (hue - anchor + 360) % 360;
    if (turn < tintMargin) turn += 360;
    if (turn < nearest) {
      nearest = turn;
      word = anchorWord;
    }
  }
  return word;
}

/** The tint word of the hue anchor nearest to `hue`. */
function tintNearest(hue: number): string {
  let word: string = tintAnchors[0]![1];
  let nearest = Infinity;
  for (const [anchor, anchorWord] of tintAnchors) {
    const distance = angularDistance(anchor, hue);
    if (distance < nearest) {
      nearest = distance;
      word = anchorWord;
    }
  }
  return word;
}

function angularDistance(first: number, second: number): number {
  const difference = Math.abs(first - second) % 360;
  return difference > 180 ? 360 - difference : difference;
}

/** One describable difference between a colour and a named colour: its size and the words for it. */
export interface ColorDifference {
  readonly magnitude: number;
  readonly words: readonly string[];
  /** Position of the dimension's word in a name: lightness, then chroma, then hue ("Pale Muted Bluish Teal"). */
  readonly order: number;
}

/**
 * The measured differences between a colour and a named colour that words can describe, largest first.
 * Lightness ΔL* picks Light/Pale/Pastel or Dark/Deep/Dusky; chroma ΔC* picks Vivid/Bright/Rich or
 * Muted/Soft/Dull; the hue shift (the a*b* shift across the named colour's hue) picks the tint of the
 * hue family the colour turns towards (Reddish, Orangish, Yellowish, Greenish, Bluish, Purplish); for a
 * near-neutral named colour the whole a*b* shift is a cast, named by its nearest family or Warm/Cool.
 */
export function describeColorDifference(colorLab: readonly [number, number, number], namedLab: readonly [number, number, number]): ColorDifference[] {
  const dimensions: ColorDifference[] = [];
  const deltaL = colorLab[0] - namedLab[0];
  if (Math.abs(deltaL) >= describableDifference) {
    dimensions.push({ magnitude: Math.abs(deltaL), words: deltaL > 0 ? colorQualifierWords.lighter : colorQualifierWords.darker, order: 0 });
  }
  const colorChroma = Math.hypot(colorLab[1], colorLab[2]);
  const namedChroma = Math.hypot(namedLab[1], namedLab[2]);
  const deltaC = colorChroma - namedChroma;
  if (Math.abs(deltaC) >= describableDifference) {
    dimensions.push({ magnitude: Math.abs(deltaC), words: deltaC > 0 ? colorQualifierWords.moreChroma : colorQualifierWords.lessChroma, order: 1 });
  }
  let shiftA = colorLab[1] - namedLab[1];
  let shiftB = colorLab[2] - namedLab[2];
  let words: string[];
  if (namedChroma >= neutralChroma) {
    // Keep only the part of the shift across the named colour's hue (the radial part is chroma, above),
    // and name it by the hue family the colour turns towards.
    const radialA = namedLab[1] / namedChroma;
    const radialB = namedLab[2] / namedChroma;
    const radial = shiftA * radialA + shiftB * radialB;
    shiftA -= radial * radialA;
    shiftB -= radial * radialB;
    const namedHue = degrees(namedLab[2], namedLab[1]);
    const colorHue = degrees(colorLab[2], colorLab[1]);
    const turn = ((colorHue - namedHue + 540) % 360) - 180;
    words = [tintToward(namedHue, turn >= 0 ? 1 : -1)];
  } else {
    // A near-neutral named colour has no hue to turn from: the whole a*b* shift is the colour's cast.
    // Warm and cool are clear only for such casts (towards red–yellow or towards blue).
    const castHue = degrees(shiftB, shiftA);
    words = [tintNearest(castHue), angularDistance(castHue, warmPole) < 90 ? colorQualifierWords.warmer[0] : colorQualifierWords.cooler[0]];
  }
  const shift = Math.hypot(shiftA, shiftB);
  if (shift >= describableDifference) {
    dimensions.push({ magnitude: shift, words, order: 2 });
  }
  return dimensions.sort((first, second) => second.magnitude - first.magnitude);
}

/**
 * All ways to pick `size` of the dimensions and one word of each, words in name order. Plainest first:
 * ordered by the summed position of the chosen words in their lists, then by the dimensions' size order,
 * so every dimension's first word is tried before any synonym.
 */
function qualifierCombinations(dimensions: readonly ColorDifference[], size: number): string[][] {
  const combinations: { rank: number; subset: number; words: string[] }[] = [];
  let subset = 0;
  const choose = (start: number, picked: ColorDifference[]): void => {
    if (picked.length === size) {
      const inNameOrder = [...picked].sort((first, second) => first.order - second.order);
      const pickWords = (position: number, chosen: string[], rank: number): void => {
        if (position === inNameOrder.length) {
          combinations.push({ rank, subset, words: chosen });
          return;
        }
        inNameOrder[position]!.words.forEach((word, wordRank) => pickWords(position + 1, [...chosen, word], rank + wordRank));
      };
      pickWords(0, [], 0);
      subset += 1;
      return;
    }
    for (let index = start; index < dimensions.length; index += 1) choose(index + 1, [...picked, dimensions[index]!]);
  };
  choose(0, []);
  // why: Array.prototype.sort is stable, so equal keys keep generation order and the result is deterministic.
  return combinations.sort((first, second) => first.rank - second.rank || first.subset - second.subset).map((combination) => combination.words);
}

const articlePattern = /^(?:A|An|The) /u;

/**
 * Every name `nameColor` would consider for `rgb`, best first (lazy; the first free one wins).
 *
 * Escalation: dataset names are ranked by CIEDE2000 from the colour. A candidate is a dataset name with
 * 0–3 qualifier words describing how the colour differs from it (see {@link describeColorDifference});
 * its cost is the name's ΔE00 plus 2.5 per qualifier, and candidates are tried cheapest first (ties:
 * fewer qualifiers, then the nearer name, then the plainest words). So a taken nearest name gives way
 * to a bare neighbour within 2.5 ΔE00, else to the nearest name qualified by its largest difference,
 * and so on through all 31,753 usable names. Names that open with an article are used bare only.
 */
export function colorNameCandidates(rgb: Rgb): Generator<string> {
  return clientSafeNames(unfilteredColorNameCandidates(rgb));
}

/** Every candidate of {@link colorNameCandidates}, before names a client could not be shown are skipped. */
function* unfilteredColorNameCandidates(rgb: Rgb): Generator<string> {
  const index = colorNameIndex();
  const colorLab = rgbToLab(rgb);
  const shortlist = nearestColorNames(rgb, shortlistSize, { shortlist: shortlistSize });
  let ranking: ColorNameMatch[] = shortlist;
  let extended = false;
  const matchAt = (position: number): ColorNameMatch | undefined => {
    if (position >= ranking.length && !extended) {
      // why: only a crowded neighbourhood gets here; ranking the whole dataset by CIEDE2000 costs ~30 ms once.
      const seen = new Set(shortlist.map((match) => match.index));
      const rest = nearestColorNames(rgb, index.names.length, { shortlist: Infinity }).filter((match) => !seen.has(match.index));
      ranking = [...shortlist, ...rest];
      extended = true;
    }
    return ranking[position];
  };
  const pointers = new Array<number>(maxQualifiers + 1).fill(0);
  for (;;) {
    let tier = -1;
    let tierCost = Infinity;
    for (let qualifiers = 0; qualifiers <= maxQualifiers; qualifiers += 1) {
      const match = matchAt(pointers[qualifiers]!);
      if (match === undefined) continue;
      const cost = match.deltaE2000 + qualifierPenalty * qualifiers;
      if (cost < tierCost) {
        tier = qualifiers;
        tierCost = cost;
      }
    }
    if (tier < 0) return;
    const match = matchAt(pointers[tier]!)!;
    pointers[tier] = pointers[tier]! + 1;
    if (tier === 0) {
      yield match.name;
      continue;
    }
    if (articlePattern.test(match.name)) continue;
    const namedLab = [index.lab[match.index * 3]!, index.lab[match.index * 3 + 1]!, index.lab[match.index * 3 + 2]!] as const;
    const dimensions = describeColorDifference(colorLab, namedLab);
    for (const words of qualifierCombinations(dimensions, tier)) yield `${words.join(' ')} ${match.name}`;
  }
}

/**
 * An authentic, unique name for a colour: the nearest (CIEDE2000) real colour name of color-name-list,
 * or when that is taken, the next candidate of the escalation described at {@link colorNameCandidates}:
 * qualified by words for the measured difference ("Pale Sea Blue", "Deep Muted Teal") or a neighbouring
 * real name. Never digits, never invented words; every word passes {@link isKnownNameWord}.
 * `taken` is read, not changed: add the returned name once you store it (to compare without case, pass lower-cased names; see `firstFreeName`). Throws `conflict` only if all
 * of the roughly two million candidates are taken.
 *
 * @example
 * ```ts
 * const taken = new Set<string>();
 * const first = nameColor([0, 128, 128], taken); // 'Teal'
 * taken.add(first);
 * nameColor([0, 128, 128], taken);              // 'Belly Flop' (the next real name within 2.5 ΔE00)
 * ```
 */
export function nameColor(rgb: Rgb, taken: ReadonlySet<string>): string {
  if (!Array.isArray(rgb) || rgb.length !== 3 || !rgb.every((channel) => Number.isInteger(channel) && channel >= 0 && channel <= 255)) {
    throw invalidInput('primitives', `nameColor needs an 8-bit [r, g, b] ${JSON.stringify(rgb)}: channels must be integers 0–255`);
  }
  return firstFreeName(colorNameCandidates(rgb), taken, `colour ${rgb.join(',')}`);
}
