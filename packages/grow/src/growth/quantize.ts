import {
  colorPrimitives, cutFrequencies, originPalettes, shotLengthsSeconds, transitionDurationsSeconds,
} from '@motionreg/primitives';
import type { ContrastRatio, CutFrequency, Rgb, SoundMix } from '@motionreg/primitives';

/*
 * The quantisation behind every registry key. A key is the novelty test: two measurements with the
 * same key are the same entry (counted), different keys are different entries (added). Keys depend on
 * the measurement alone, never on what the registry happens to hold, so every process computes the
 * same key for the same measurement and counting stays exact. The package README lists them all.
 */

/** Colour lattice step: channels snap to the nearest multiple of 17, i.e. 16 levels 0, 17, …, 255 (4,096 cells). */
export const colorLatticeStep = 17;

/** One channel on the colour lattice. */
export function quantizeChannel(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value / colorLatticeStep) * colorLatticeStep));
}

/**
 * The origin colours (the 16 primitives and the colours of the origin palettes). Several sit on a
 * lattice cell border (128 is 7.5 steps), so a rendered primitive measured with a little codec error
 * would fall into two or more cells; instead a measurement this close to an origin colour keys as it.
 */
export const anchorColors: readonly Rgb[] = [
  ...colorPrimitives.map((primitive) => [...primitive.rgb] as Rgb),
  ...Object.values(originPalettes).flatMap((stops) => stops.map((stop) => [...stop] as Rgb)),
];

/** How close (largest channel difference) a measurement must be to key as an origin colour. */
export const anchorRadius = 6;

/**
 * The registry colour of a measured colour: the nearest origin colour when it or its lattice point
 * is within {@link anchorRadius} levels in every channel of one, otherwise the lattice point. Lattice points are cell
 * centres, so a registry colour that is rendered and measured again (codec error well under half a
 * step, 8.5 levels) keeps its key.
 */
export function latticeColor(rgb: Rgb): Rgb {
  const lattice: Rgb = [quantizeChannel(rgb[0]), quantizeChannel(rgb[1]), quantizeChannel(rgb[2])];
  // why: the lattice point is checked too, so a stored lattice colour keys as itself when measured again.
  return nearestAnchor(rgb) ?? nearestAnchor(lattice) ?? lattice;
}

function nearestAnchor(rgb: Rgb): Rgb | undefined {
  let best: Rgb | undefined;
  let bestDistance = Infinity;
  for (const anchor of anchorColors) {
    const distance = Math.max(Math.abs(anchor[0] - rgb[0]), Math.abs(anchor[1] - rgb[1]), Math.abs(anchor[2] - rgb[2]));
    if (distance <= anchorRadius && distance < bestDistance) {
      best = anchor;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : [best[0], best[1], best[2]];
}

/** Static colour key: the registry colour, `r,g,b` (e.g. `255,136,0`). */
export function colorKey(rgb: Rgb): string {
  return latticeColor(rgb).join(',');
}

/** Sound mix shares snap to tenths; strength to the nearest 10 %. */
export function quantizeMix(mix: SoundMix): SoundMix {
  const tenths = (share: number) => Math.round(share * 10) / 10;
  return { silence: tenths(mix.silence), rumble: tenths(mix.rumble), tone: tenths(mix.tone), hiss: tenths(mix.hiss) };
}

export function quantizeStrength(strengthPct: number): number {
  return Math.min(100, Math.max(0, Math.round(strengthPct / 10) * 10));
}

/** Pitch band: whole octaves above A0 (27.5 Hz) of the spectral peak; 0 when there is none. */
export function pitchBand(frequencyHz: number): number {
  return frequencyHz > 27.5 ? Math.round(Math.log2(frequencyHz / 27.5)) : 0;
}

/** The centre frequency of a pitch band, what a sound of that band is named after. */
export function pitchBandCentreHz(band: number): number {
  return band === 0 ? 0 : 27.5 * 2 ** band;
}

/**
 * Static sound key: dominant primitive, mix in tenths (silence-rumble-tone-hiss), strength in tens of
 * percent, pitch octave band: `rumble:0-7-2-1:40:p2`.
 */
export function soundKey(dominant: string, mix: SoundMix, strengthPct: number, peakHz: number): string {
  const q = quantizeMix(mix);
  const tenths = [q.silence, q.rumble, q.tone, q.hiss].map((share) => Math.round(share * 10)).join('-');
  return `${dominant}:${tenths}:${quantizeStrength(strengthPct)}:p${pitchBand(peakHz)}`;
}

/** A magnitude to one significant figure (0.34 → 0.3, 7.6 → 8, 15 → 20): the motion-energy band. */
export function oneSignificantFigure(value: number): number {
  if (!(value > 0)) return 0;
  return Number(value.toPrecision(1));
}

/**
 * Gradient strength (extract's RMS CIE Lab change per thumbnail cell, unbounded) in doubling bands:
 * below 0.5, then [0.5, 1), [1, 2), … [64, ∞). Returns the band's index 0–8.
 */
export function gradientStrengthBand(strength: number): number {
  if (!(strength >= 0.5)) return 0;
  return Math.min(8, 1 + Math.floor(Math.log2(strength / 0.5)));
}

/** The lower bound of a gradient strength band (0, 0.5, 1, 2, … 64), as the key shows it. */
export function gradientStrengthFloor(band: number): number {
  return band === 0 ? 0 : 0.5 * 2 ** (band - 1);
}

/** Unit-range measurements (brightness, contrast, strength, centre of mass) snap to tenths. */
export function tenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The origin contrast ratio of a measured contrast (0–1), by the reference system's thresholds scaled to 0–1. */
export function contrastRatioOf(contrast: number): ContrastRatio {
  if (contrast < 0.15) return 'flat';
  if (contrast < 0.35) return 'normal';
  if (contrast < 0.6) return 'high';
  return 'chiaroscuro';
}

/**
 * Lighting depth over the four contrast-ratio primitives (the reference system's
 * `compute_lighting_depth`, on a 0–1 contrast): weights flat 1−c, normal 0.8−|c−0.5|, high c−0.3,
 * chiaroscuro c−0.7, clamped at 0, as fractions summing to 1.
 */
export function lightingContrastShares(contrast: number): Record<ContrastRatio, number> {
  const c = Math.min(1, Math.max(0, contrast));
  const raw = { flat: Math.max(0, 1 - c), normal: Math.max(0, 0.8 - Math.abs(c - 0.5)), high: Math.max(0, c - 0.3), chiaroscuro: Math.max(0, c - 0.7) };
  const total = raw.flat + raw.normal + raw.high + raw.chiaroscuro;
  return { flat: raw.flat / total, normal: raw.normal / total, high: raw.high / total, chiaroscuro: raw.chiaroscuro / total };
}

/** Cuts per minute to the origin cut frequency. */
export function cutFrequencyOf(cuts: number, durationSeconds: number): CutFrequency {
  if (cuts === 0 || durationSeconds <= 0) return 'none';
  const perMinute = cuts / (durationSeconds / 60);
  const index = perMinute < 4 ? 1 : perMinute < 15 ? 2 : perMinute < 40 ? 3 : 4;
  return cutFrequencies[index]!;
}

/** The origin value nearest to `value`. */
export function nearestOf<T extends number>(values: readonly T[], value: number): T {
  let best = values[0]!;
  for (const candidate of values) if (Math.abs(candidate - value) < Math.abs(best - value)) best = candidate;
  return best;
}

export const nearestShotLength = (seconds: number) => nearestOf(shotLengthsSeconds, seconds);
export const nearestTransitionDuration = (seconds: number) => nearestOf(transitionDurationsSeconds, seconds);

/** Tempo markings by their lower bound in BPM: the tempo band of a clip (and an English word for it). */
const tempoMarkings = [
  [0, 'larghissimo'], [24, 'grave'], [40, 'largo'], [60, 'larghetto'], [66, 'adagio'], [76, 'andante'],
  [108, 'moderato'], [120, 'allegro'], [156, 'vivace'], [176, 'presto'], [200, 'prestissimo'],
] as const;

/** The tempo marking of a measured tempo; `untimed` when no pulse was measured. */
export function tempoMarking(bpm: number | null): string {
  if (bpm === null) return 'untimed';
  let marking: string = tempoMarkings[0][1];
  for (const [lowerBound, name] of tempoMarkings) if (bpm >= lowerBound) marking = name;
  return marking;
}

/** Which third of the frame a 0–1 coordinate falls in (the rule-of-thirds grid). */
export function third(value: number): 0 | 1 | 2 {
  return value < 1 / 3 ? 0 : value < 2 / 3 ? 1 : 2;
}
