import { z } from 'zod';
import { colorPrimitives, deltaE2000Rgb, originPalettes, rgbSchema } from '@motionreg/primitives';
import type { ChoiceSource, ColorTemperature, Instruction, LightingPreset, PaletteModifier, RegistryEntry, Rgb } from '@motionreg/primitives';

/** The part of a static colour entry's payload creation reads; parsed leniently (other fields may change). */
const registryColorValueSchema = z.object({ rgb: rgbSchema });

/** A colour the pool may place, with where it came from and how often the registry has seen it. */
export interface PoolColor {
  name: string;
  rgb: Rgb;
  source: ChoiceSource;
  count: number;
  entry?: RegistryEntry;
  /** Asked for by the prompt. */
  asked: boolean;
}

import { colorConceptOf, fitsConcept, lch, neutralFamilyChroma } from './color-family.js';
import type { ColorConcept } from './color-family.js';

export { lch };

/** Warm hues (pinks, reds, oranges, browns, yellows) and cool hues (greens through blues to violets), in LCh degrees. */
const isWarmHue = (hue: number) => hue >= 330 || hue <= 105;
const isCoolHue = (hue: number) => hue >= 130 && hue <= 320;
/** Below this chroma a colour is a neutral: neither warm nor cool. */
const neutralChroma = 12;

/**
 * Whether a colour fits one palette modifier. Thresholds in LCh: warm/cool by hue with chroma ≥ 12;
 * pastel L ≥ 70 with chroma 10–60; muted chroma ≤ 40; vivid chroma ≥ 50; dark L ≤ 45; light L ≥ 65;
 * monochrome a neutral (chroma ≤ 10) or within 25° of the first asked colour's hue (when that colour has a hue:
 * the greys of "black and white" have none, so it allows neutrals only).
 */
export function fitsModifier(rgb: Rgb, modifier: PaletteModifier, anchorHue: number | null): boolean {
  const { lightness, chroma, hue } = lch(rgb);
  switch (modifier) {
    case 'warm': return chroma >= neutralChroma && isWarmHue(hue);
    case 'cool': return chroma >= neutralChroma && isCoolHue(hue);
    case 'pastel': return lightness >= 70 && chroma >= 10 && chroma <= 60;
    case 'muted': return chroma <= 40;
    case 'vivid': return chroma >= 50;
    case 'dark': return lightness <= 45;
    case 'light': return lightness >= 65;
    case 'monochrome': {
      if (chroma <= 10) return true;
      if (anchorHue === null) return false;
      const difference = Math.abs(hue - anchorHue) % 360;
      return Math.min(difference, 360 - difference) <= 25;
    }
  }
}

/** The modifiers a colour must fit: the prompt's, plus warm or cool when it asked for that light. */
export function colorConstraints(instruction: Instruction, temperature: ColorTemperature | null): PaletteModifier[] {
  const modifiers = new Set<PaletteModifier>(instruction.palette.modifiers);
  if (temperature === 'warm') modifiers.add('warm');
  if (temperature === 'cool') modifiers.add('cool');
  return [...modifiers];
}

/** Whether a colour is one the prompt asked to avoid: the same name, or within ΔE00 10 of that colour. */
function isAvoided(color: { name: string; rgb: Rgb }, avoided: readonly { name: string; rgb: Rgb | null }[]): boolean {
  return avoided.some((avoid) => avoid.name.toLowerCase() === color.name.toLowerCase() || (avoid.rgb !== null && deltaE2000Rgb(avoid.rgb, color.rgb) <= 10));
}

/**
 * The colour concept of an instruction: the families of its asked colours (with the neutrals when it asked
 * for monochrome), or null when it asked for no colour, or when no origin or registry colour of those
 * families fits its modifiers ("a warm teal": the modifier then chooses the asked colour's company, rather
 * than leaving it alone in the pool).
 */
export function instructionColorConcept(instruction: Instruction, registryColors: readonly RegistryEntry[], modifiers: readonly PaletteModifier[]): ColorConcept | null {
  const concept = colorConceptOf(instruction.palette.colors.map((color) => color.rgb), instruction.palette.modifiers.includes('monochrome'));
  if (concept === null || modifiers.length === 0) return concept;
  return hasFittingColor(instruction, registryColors, modifiers, concept) ? concept : null;
}

/**
 * Whether any origin or registry colour fits the concept and every modifier: a softer constraint (the
 * lightness a tone implies) is only added when it leaves the asked concept some company.
 */
export function hasFittingColor(instruction: Instruction, registryColors: readonly RegistryEntry[], modifiers: readonly PaletteModifier[], concept: ColorConcept | null): boolean {
  const anchorHue = anchorHueOf(instruction);
  const candidates = [
    ...colorPrimitives.map((primitive) => [...primitive.rgb] as Rgb),
    ...registryColors.flatMap((entry) => {
      const value = registryColorValueSchema.safeParse(entry.value);
      return value.success ? [value.data.rgb] : [];
    }),
  ];
  return candidates.some((rgb) => fitsConcept(rgb, concept) && modifiers.every((modifier) => fitsModifier(rgb, modifier, anchorHue)));
}

/** The hue monochrome keeps to: the first asked colour's, when it has one (greys have none). */
function anchorHueOf(instruction: Instruction): number | null {
  const first = instruction.palette.colors[0];
  const anchor = first === undefined ? undefined : lch(first.rgb);
  return anchor !== undefined && anchor.chroma > neutralFamilyChroma ? anchor.hue : null;
}

/** Whether a registry colour entry may enter the pool of this instruction (its colour is of the asked concept). */
export function registryColorFitsConcept(entry: RegistryEntry, concept: ColorConcept | null): boolean {
  if (concept === null) return true;
  const value = registryColorValueSchema.safeParse(entry.value);
  return value.success && fitsConcept(value.data.rgb, concept);
}

/**
 * The pure colour pool: the colours the prompt asked for, every static colour of the registry and the 16
 * origin primitives, filtered by the prompt's constraints (asked colours always pass them), its colour
 * concept (when it asked for colours, only colours of the asked families enter: seed 003 §7.1, the concept
 * is kept by which values enter the pool) and its avoid list, deduplicated by RGB (first source wins: asked,
 * then registry, then origin).
 */
export function buildColorPool(
  instruction: Instruction,
  registryColors: readonly RegistryEntry[],
  modifiers: readonly PaletteModifier[],
  concept: ColorConcept | null = instructionColorConcept(instruction, registryColors, modifiers),
): PoolColor[] {
  const asked = instruction.palette.colors;
  const anchorHue = anchorHueOf(instruction);
  const knownRgb = new Map<string, Rgb>([
    ...colorPrimitives.map((primitive) => [primitive.name, [...primitive.rgb] as Rgb] as const),
    ...asked.map((color) => [color.name.toLowerCase(), color.rgb] as const),
    ...registryColors.flatMap((entry) => {
      const value = registryColorValueSchema.safeParse(entry.value);
      return value.success ? [[entry.name.toLowerCase(), value.data.rgb] as const] : [];
    }),
  ]);
  const avoided = instruction.avoid.colors.map((name) => ({ name, rgb: knownRgb.get(name.toLowerCase()) ?? null }));
  const candidates: PoolColor[] = [
    ...asked.map((color) => ({ name: color.name, rgb: color.rgb, source: { kind: 'instruction', field: 'palette.colors' } as const, count: 0, asked: true })),
    ...registryColors.flatMap((entry): PoolColor[] => {
      const value = registryColorValueSchema.safeParse(entry.value);
      if (!value.success) return [];
      return [{
        name: entry.name, rgb: value.data.rgb, count: entry.count, entry, asked: false,
        source: { kind: 'registry', aspect: entry.aspect, key: entry.key, name: entry.name, count: entry.count },
      }];
    }),
    ...colorPrimitives.map((primitive) => ({
      name: primitive.name, rgb: [...primitive.rgb] as Rgb, count: 0, asked: false, source: { kind: 'origin', domain: 'color' } as const,
    })),
  ];
  const seen = new Set<string>();
  return candidates.filter((color) => {
    const key = color.rgb.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    if (isAvoided(color, avoided)) return false;
    return color.asked || (fitsConcept(color.rgb, concept) && modifiers.every((modifier) => fitsModifier(color.rgb, modifier, anchorHue)));
  });
}

/** Placement weight boost a lighting preset gives a colour (1 when it does not care). */
export function lightingBias(rgb: Rgb, preset: LightingPreset): number {
  const { lightness, chroma, hue } = lch(rgb);
  switch (preset) {
    case 'noir': return lightness <= 40 || chroma <= 10 ? 2 : 1;
    case 'golden_hour': return chroma >= neutralChroma && isWarmHue(hue) ? 2 : 1;
    case 'neon': return chroma >= 60 ? 2 : 1;
    case 'moody': return lightness <= 50 && chroma <= 45 ? 2 : 1;
    case 'documentary': return chroma <= 40 ? 2 : 1;
    case 'neutral': return 1;
  }
}

/**
 * Placement weight boost for the lightness a prompt asked ("a bright sunny beach", "a dark alley", "dark
 * blues"): for bright, 3 for a light colour (L ≥ 65), 1.5 for a mid one (L ≥ 50), 0.5 below; for dark, 3 at
 * L ≤ 30, 1.5 at L ≤ 45, 0.5 above; 1 when it asked neither. Asked colours get it too, so the asked blues of
 * a bright beach show their light end.
 */
export function lightnessBias(rgb: Rgb, asked: 'bright' | 'dark' | null): number {
  if (asked === null) return 1;
  const { lightness } = lch(rgb);
  if (asked === 'bright') return lightness >= 65 ? 3 : lightness >= 50 ? 1.5 : 0.5;
  return lightness <= 30 ? 3 : lightness <= 45 ? 1.5 : 0.5;
}

/** The origin palettes at least half of whose stops fit every constraint (all of them when there are none). */
export function fittingOriginPalettes(modifiers: readonly PaletteModifier[]): (keyof typeof originPalettes)[] {
  return (Object.keys(originPalettes) as (keyof typeof originPalettes)[]).filter((name) => {
    const stops = originPalettes[name];
    const fitting = stops.filter((stop) => modifiers.every((modifier) => fitsModifier([...stop] as Rgb, modifier, null)));
    return fitting.length * 2 >= stops.length;
  });
}
