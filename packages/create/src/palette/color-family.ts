import { deltaE2000Rgb, rgbToLab } from '@motionreg/primitives';
import type { Rgb } from '@motionreg/primitives';

/** Lightness, chroma and hue angle (degrees) of a colour in CIE LCh(ab), D65. */
export function lch(rgb: Rgb): { lightness: number; chroma: number; hue: number } {
  const [lightness, a, b] = rgbToLab(rgb);
  const hue = ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  return { lightness, chroma: Math.hypot(a, b), hue };
}

/** The colour families a prompt's colours and a clip's measured colours are compared by. */
export const colorFamilies = ['red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink', 'brown', 'black', 'white', 'gray'] as const;
export type ColorFamily = (typeof colorFamilies)[number];

/** Below this CIE LCh chroma a colour is a neutral (black, grey or white). */
export const neutralFamilyChroma = 10;
const neutralFamilies = new Set<ColorFamily>(['black', 'white', 'gray']);

/**
 * The family of a colour, read in CIE LCh(ab): neutrals by lightness (black < 20, white > 85, else grey);
 * chromatic colours by hue angle, with the boundaries between the reference colours' hues (red 40°, orange
 * 64–73°, yellow 91–103°, green 136°, teal and cyan 196°, sky blue 235°, blue 306°, violet 313°, purple
 * and magenta 328°, hot pink 351°); light reds are pink, dark oranges and yellows brown.
 */
export function colorFamilyOf(rgb: Rgb): ColorFamily {
  const { lightness, chroma, hue } = lch(rgb);
  if (chroma < neutralFamilyChroma) return lightness < 20 ? 'black' : lightness > 85 ? 'white' : 'gray';
  if (hue >= 345 || hue < 20) return lightness >= 55 ? 'pink' : 'red';
  if (hue < 50) return 'red';
  if (hue < 115) return lightness < 45 ? 'brown' : hue < 80 ? 'orange' : 'yellow';
  if (hue < 170) return 'green';
  if (hue < 225) return 'teal';
  if (hue < 310) return 'blue';
  return 'purple';
}

/** Whether a family is a neutral one (black, grey, white). */
export function isNeutralFamily(family: ColorFamily): boolean {
  return neutralFamilies.has(family);
}

/**
 * The colour concept of a prompt: the families of the colours it asked for (plus the neutrals when it asked
 * for monochrome or black and white). `null` when it asked for no colour: the pool then stays open.
 */
export interface ColorConcept {
  families: ReadonlySet<ColorFamily>;
  asked: readonly Rgb[];
}

/** The concept of the asked colours, or null when none was asked. */
export function colorConceptOf(asked: readonly Rgb[], monochrome: boolean): ColorConcept | null {
  if (asked.length === 0) return null;
  const families = new Set<ColorFamily>(asked.map(colorFamilyOf));
  if (monochrome) for (const family of neutralFamilies) families.add(family);
  return { families, asked };
}

/** Whether a colour belongs to the concept (its family is one of the asked families). */
export function fitsConcept(rgb: Rgb, concept: ColorConcept | null): boolean {
  return concept === null || concept.families.has(colorFamilyOf(rgb));
}

/**
 * How much a colour of the concept is favoured when cells are placed: 2 for one indistinguishable from an
 * asked colour (ΔE00 0), falling to 1 at ΔE00 30 and beyond, so that variety stays within the concept but
 * the colours nearest to what was asked show most.
 */
export function conceptNearness(rgb: Rgb, concept: ColorConcept | null): number {
  if (concept === null) return 1;
  const nearest = Math.min(...concept.asked.map((asked) => deltaE2000Rgb(asked, rgb)));
  return 1 + Math.max(0, (30 - nearest) / 30);
}
