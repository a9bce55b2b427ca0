import { colorPrimitives, deltaE2000Rgb, oklabToRgb, originPalettes, rgbToOklab, type NamedColor, type Rgb } from '@motionreg/primitives';
import { loadWordnetIndex } from '../lexicon/wordnet-index.js';

/**
 * Palettes that words imply ("sunset", "frosty", "neon"): the reference system's origin palettes
 * from `@motionreg/primitives`, plus a few it lacked. Each stop is named after the nearest common
 * colour word (CIEDE2000), so a palette reads as colours, not numbers.
 */
export const paletteStops: Readonly<Record<string, readonly Rgb[]>> = {
  ...(originPalettes as unknown as Record<string, readonly Rgb[]>),
  icy: [[232, 244, 250], [176, 216, 236], [110, 170, 210], [60, 110, 160]],
  autumn: [[204, 85, 0], [178, 34, 34], [218, 165, 32], [110, 60, 30]],
  desert: [[237, 201, 175], [210, 160, 100], [194, 120, 70], [140, 80, 50]],
  earthy: [[120, 90, 60], [160, 120, 80], [110, 120, 70], [200, 170, 120]],
  tropical: [[0, 168, 150], [255, 200, 60], [255, 110, 90], [40, 160, 70]],
  candy: [[255, 140, 200], [130, 210, 255], [255, 230, 120], [180, 140, 255]],
};

/** The names palette concepts go by in mappings (`palette.colors` canonical values). */
export const paletteNames = Object.keys(paletteStops);

let basicNames: { name: string; rgb: Rgb }[] | undefined;
const namingHeads = new Set(['light', 'dark', 'pale', 'deep', 'bright', 'sky', 'forest', 'navy', 'burnt', 'dusty', 'hot', 'baby', 'olive', 'lime', 'sea']);

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Colour words and two-word colour names ("forest green"): the vocabulary palette stops are named from. */
function namingVocabulary(): { name: string; rgb: Rgb }[] {
  if (basicNames !== undefined) return basicNames;
  const index = loadWordnetIndex();
  basicNames = [];
  for (const [name, word] of index.colors) {
    const words = name.split(' ');
    // One-word colour names, and the plain compounds people say ("dark green", "sky blue").
    const plain = words.length === 1 || (words.length === 2 && namingHeads.has(words[0] ?? ''));
    if (word.level === 1 && plain && !name.includes('-')) basicNames.push({ name, rgb: hexToRgb(word.hex) });
  }
  return basicNames;
}

/** The nearest named colour (CIEDE2000) among the common colour words. */
export function nearestColorWord(rgb: Rgb): string {
  let best = 'gray';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of namingVocabulary()) {
    const distance = deltaE2000Rgb(rgb, candidate.rgb);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate.name;
    }
  }
  return best;
}

const paletteCache = new Map<string, NamedColor[]>();

/** The named colours of a palette concept, or an empty list for an unknown name. */
export function paletteColors(concept: string): NamedColor[] {
  const cached = paletteCache.get(concept);
  if (cached !== undefined) return cached;
  const stops = Object.hasOwn(paletteStops, concept) ? paletteStops[concept] : undefined;
  if (stops === undefined) return [];
  const colors = stops.map((rgb) => ({ name: nearestColorWord(rgb), rgb: [rgb[0], rgb[1], rgb[2]] as Rgb }));
  paletteCache.set(concept, colors);
  return colors;
}

/** The colour primitive (of the 16) nearest to a colour: its hue family, for "no red" to drop crimson too. */
export function colorFamily(rgb: Rgb): string {
  let best = 'gray';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const primitive of colorPrimitives) {
    const distance = deltaE2000Rgb(rgb, primitive.rgb as unknown as Rgb);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = primitive.name;
    }
  }
  return best;
}

/** Applies a palette modifier to one colour in OKLab (lightness and chroma), e.g. "dusty" or "electric". */
export function modifyColor(rgb: Rgb, modifier: string): Rgb {
  const [lightness, a, b] = rgbToOklab(rgb);
  let l = lightness;
  let chroma = 1;
  switch (modifier) {
    case 'pastel':
      l = Math.max(l, 0.86);
      chroma = 0.45;
      break;
    case 'muted':
      chroma = 0.5;
      break;
    case 'vivid':
      chroma = 1.35;
      break;
    case 'dark':
      l *= 0.6;
      break;
    case 'light':
      l += (1 - l) * 0.45;
      chroma = 0.8;
      break;
    default:
      return rgb;
  }
  return oklabToRgb([Math.min(1, Math.max(0, l)), a * chroma, b * chroma]);
}

export { hexToRgb };
