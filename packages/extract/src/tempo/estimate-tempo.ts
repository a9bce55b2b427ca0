import type { Onset } from './onset-envelope.js';

/** Options for {@link estimateTempo}. */
export interface EstimateTempoOptions {
  /** @default 40 */
  minBpm?: number;
  /** @default 240 */
  maxBpm?: number;
  /**
   * An onset is on the grid when within this share of a period of a grid point (or within
   * {@link minToleranceSeconds}, whichever is wider). why tight: a pulse's onsets land on its grid within a
   * hop or two, while sounds that merely change line up with some grid only loosely. @default 0.025
   */
  tolerance?: number;
  /** The tolerance never falls below this many seconds (two hops of the onset envelope). @default 0.011 */
  minToleranceSeconds?: number;
  /** Smallest score (on-grid strength share × √ filled share of grid points, 0–1) that counts as a pulse. @default 0.75 */
  minScore?: number;
  /**
   * Smallest share of the onset strength that must lie on the grid. why: a pulse's beats are its strongest
   * onsets (extra, weaker ones come between them); sounds that merely change leave strong onsets off any grid.
   * @default 0.75
   */
  minOnGrid?: number;
  /**
   * Fewest grid points that must carry an onset. why not 2: two onsets always fit a grid, and sounds that
   * merely change twice are not a pulse; a clip too short for three beats reads as no pulse.
   * @default 3
   */
  minBeats?: number;
  /**
   * Length of the audio in seconds. With it, two beats count as a pulse when they fill the whole clip: both
   * fully percussive ({@link minTwoBeatPercussive}), carrying {@link minOnGrid} of the strength, with no grid
   * point inside the clip before the first or after the second (a 2 s clip at 60 BPM has exactly two beats).
   */
  durationSeconds?: number;
  /** How percussive (share of bands rising) each of two lone beats must be. @default 0.85 */
  minTwoBeatPercussive?: number;
}

/** A tempo estimate: beats per minute and how well the onsets fit a regular grid (0–1). */
export interface TempoEstimate {
  bpm: number;
  score: number;
  onsetCount: number;
  /** Grid points that carry an onset. */
  beats: number;
}

interface Tolerance {
  share: number;
  seconds: number;
}

interface GridFit {
  period: number;
  anchor: number;
  score: number;
  beats: number;
  /** Share of the onset strength on the grid. */
  onGrid: number;
}

/** The weight an onset brings to a grid: its flux strength times how percussive it is. */
const weightOf = (onset: Onset): number => onset.strength * (onset.percussive ?? 1);

/** The tolerance as a share of `period`: the share, or the floor in seconds if that is wider. */
const toleranceShare = (tolerance: Tolerance, period: number): number => Math.max(tolerance.share, tolerance.seconds / period);

/** The index of the point of the grid (`anchor` + index·`period`) within `share` of a period of `time`, or null. */
function gridIndex(time: number, anchor: number, period: number, share: number): number | null {
  const position = (time - anchor) / period;
  const index = Math.round(position);
  return Math.abs(position - index) <= share ? index : null;
}

/**
 * Fits a grid of `period` through `anchor` to the onsets: the share of onset strength on the grid, times
 * the square root of the share of grid points (between the first and last onset) that carry an onset; the period is
 * then refined by least squares over the matched onsets (time = phase + index · period).
 */
function fitGrid(onsets: readonly Onset[], totalStrength: number, anchor: number, period: number, tolerance: Tolerance, floor = 0): GridFit {
  const first = onsets[0]!.time;
  const last = onsets[onsets.length - 1]!.time;
  const share = toleranceShare(tolerance, period);
  const firstIndex = Math.ceil((first - anchor) / period - share);
  const lastIndex = Math.floor((last - anchor) / period + share);
  const points = lastIndex - firstIndex + 1;
  if (points < 2) return { period, anchor, score: 0, beats: 0, onGrid: 0 };
  const carried = new Set<number>();
  let onStrength = 0;
  let sumN = 0;
  let sumT = 0;
  let sumNN = 0;
  let sumNT = 0;
  let matched = 0;
  const offGrid: Onset[] = [];
  for (const onset of onsets) {
    const index = gridIndex(onset.time, anchor, period, share);
    if (index === null) {
      offGrid.push(onset);
      continue;
    }
    onStrength += weightOf(onset);
    carried.add(index);
    sumN += index;
    sumT += onset.time;
    sumNN += index * index;
    sumNT += index * onset.time;
    matched += 1;
  }
  const beats = carried.size;
  const filled = Math.sqrt(beats / points);
  // why the bound: a second phase adds at most the grid's own strength; when even that cannot lift the score
  // above `floor` (the best so far), the search for one is skipped (it costs a sort of the off-grid onsets)
  const offStrength = totalStrength - onStrength;
  const bound = ((onStrength + Math.min(onStrength, offStrength)) / totalStrength) * filled;
  const repeating = beats >= minBeatsForSecondPhase && offGrid.length >= beats && bound > floor ? secondPhaseStrength(offGrid, anchor, period, share, beats, onStrength) : 0;
  const denominator = matched * sumNN - sumN * sumN;
  const refined = matched >= 2 && denominator > 0 ? (matched * sumNT - sumN * sumT) / denominator : period;
  // why the square root: a grid with a beat or two silent (a beat that falls on a quiet sound) should still
  // beat the grid of twice its period that skips them, yet half-empty subdivisions must lose.
  const onGrid = (onStrength + repeating) / totalStrength;
  return { period: refined > 0 ? refined : period, anchor, score: onGrid * filled, beats, onGrid };
}

/** A grid needs this many beats before a second phase of onsets may count with it. */
const minBeatsForSecondPhase = 4;

/**
 * The strength of the off-grid onsets that lie on one other phase of the same period, when that phase
 * carries an onset at least as often as the grid has beats and is no stronger than the grid: the rest of a
 * pattern that repeats every beat, such as the end of each note or a second click. Otherwise 0.
 * why so strict: two interleaved grids fit random onsets far more easily than one; sounds that merely change
 * every few frames must not pass as a pulse through a second phase (measured: 0 of 819 pulseless rendered
 * clips do with these limits, 16 did when the phase had to repeat on only half the beats).
 */
function secondPhaseStrength(offGrid: readonly Onset[], anchor: number, period: number, share: number, beats: number, gridStrength: number): number {
  // each onset's phase within the period (0–1), sorted, so the onsets near a phase are one sliding window
  const byPhase = offGrid
    .map((onset) => {
      const position = (onset.time - anchor) / period;
      return { onset, phase: position - Math.floor(position), weight: weightOf(onset) };
    })
    .sort((a, b) => a.phase - b.phase);
  const count = byPhase.length;
  // the phases twice round, so a window may wrap past 1
  const phaseAt = (k: number) => byPhase[k % count]!.phase + Math.floor(k / count);
  const prefix = new Float64Array(2 * count + 1);
  for (let k = 0; k < 2 * count; k += 1) prefix[k + 1] = prefix[k]! + byPhase[k % count]!.weight;
  let strongest = 0;
  let from = 0;
  let to = 0;
  for (let center = count; center < 2 * count; center += 1) {
    const phase = phaseAt(center);
    while (phaseAt(from) < phase - share) from += 1;
    while (to + 1 < center + count && phaseAt(to + 1) <= phase + share) to += 1;
    if (to < center) to = center;
    const members = to - from + 1;
    const strength = prefix[to + 1]! - prefix[from]!;
    if (members < beats || strength > gridStrength || strength <= strongest) continue;
    // distinct points of the phase's grid (two onsets may share one point)
    const reference = byPhase[center % count]!.onset.time;
    const points = new Set<number>();
    for (let k = from; k <= to; k += 1) points.add(Math.round((byPhase[k % count]!.onset.time - reference) / period));
    if (points.size >= beats) strongest = strength;
  }
  return strongest;
}

/**
 * How many midpoints of the grid (`anchor` + (k + ½)·`period`) lie between the first onset and `end`, and
 * how many of those carry an onset. The midpoints are the points of the same grid moved by half a period.
 */
function midpointsCarried(onsets: readonly Onset[], anchor: number, period: number, end: number, tolerance: Tolerance): { midpoints: number; carried: number } {
  const share = toleranceShare(tolerance, period);
  const midAnchor = anchor + period / 2;
  const firstIndex = Math.ceil((onsets[0]!.time - midAnchor) / period - share);
  const lastIndex = Math.floor((end - midAnchor) / period - share);
  const carried = new Set<number>();
  for (const onset of onsets) {
    const index = gridIndex(onset.time, midAnchor, period, share);
    if (index !== null && index >= firstIndex && index <= lastIndex) carried.add(index);
  }
  return { midpoints: Math.max(0, lastIndex - firstIndex + 1), carried: carried.size };
}

/**
 * The tempo of a list of onsets, or null when they do not form a pulse. Candidate periods come from the
 * intervals between nearby onsets (and their halves, thirds and quarters); each is scored as a grid through
 * each of the strongest onsets: the share of onset strength on the grid times the square root of the share
 * of grid points that carry an onset. So the true period beats its subdivisions (half their points empty)
 * and its multiples (half the onsets off the grid), and weak stray onsets cost little. Onsets on one other
 * phase of the same period that repeat on every beat (the end of each note) count with the grid, so a pulse
 * of notes with audible ends is still a pulse; then its multiples tie with it and the shortest period wins.
 * The winner is refined by least squares over the onsets on its grid.
 *
 * @example
 * ```ts
 * estimateTempo([0, 0.5, 1, 1.5, 2].map((time) => ({ time, strength: 1 }))); // { bpm: 120, score: 1, ... }
 * ```
 */
export function estimateTempo(onsets: readonly Onset[], options: EstimateTempoOptions = {}): TempoEstimate | null {
  const minPeriod = 60 / (options.maxBpm ?? 240);
  const maxPeriod = 60 / (options.minBpm ?? 40);
  const tolerance: Tolerance = { share: options.tolerance ?? 0.025, seconds: options.minToleranceSeconds ?? 0.011 };
  const minScore = options.minScore ?? 0.75;
  const minBeats = options.minBeats ?? 3;
  const minOnGrid = options.minOnGrid ?? 0.75;
  const sorted = onsets.filter((onset) => weightOf(onset) > 0).sort((a, b) => a.time - b.time);
  const totalStrength = sorted.reduce((sum, onset) => sum + weightOf(onset), 0);
  if (!(totalStrength > 0)) return null;
  if (sorted.length < minBeats) return twoBeatPulse(sorted, totalStrength, options, minPeriod, maxPeriod, tolerance);
  const candidates = new Set<number>();
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < Math.min(sorted.length, i + 5); j += 1) {
      const interval = sorted[j]!.time - sorted[i]!.time;
      for (let divisor = 1; divisor <= 4; divisor += 1) {
        const period = interval / divisor;
        if (period >= minPeriod * 0.97 && period <= maxPeriod * 1.03) candidates.add(Math.round(period * 2000) / 2000);
      }
    }
  }
  const anchors = [...sorted].sort((a, b) => weightOf(b) - weightOf(a)).slice(0, 8);
  let best: GridFit = { period: 0, anchor: 0, score: 0, beats: 0, onGrid: 0 };
  for (const candidate of candidates) {
    for (const anchor of anchors) {
      // (the coarse fit only refines the period, so it never looks for a second phase)
      const coarse = fitGrid(sorted, totalStrength, anchor.time, candidate, tolerance, Number.POSITIVE_INFINITY);
      if (coarse.score <= 0) continue;
      // why: refine the period once from the matched onsets, then score again with it.
      const fit = fitGrid(sorted, totalStrength, anchor.time, coarse.period, tolerance, Math.max(0, best.score - 1e-9));
      // why: a grid with too few beats to be a pulse, or a period out of range, must not hide the best one
      if (fit.beats < minBeats || fit.period < minPeriod || fit.period > maxPeriod) continue;
      // why the shorter period on a tie: with a second phase counted, every multiple of the pulse fits its
      // onsets as well as the pulse itself
      const better = fit.score > best.score + 1e-9 || (Math.abs(fit.score - best.score) <= 1e-9 && fit.period < best.period);
      if (better) best = fit;
    }
  }
  const passes = (fit: GridFit): boolean => fit.score >= minScore && fit.onGrid >= minOnGrid && fit.beats >= minBeats && fit.period >= minPeriod && fit.period <= maxPeriod;
  if (!passes(best)) return twoBeatPulse(sorted, totalStrength, options, minPeriod, maxPeriod, tolerance);
  // why: a beat that falls on a quiet sound leaves no onset, and a pulse missing a few beats fits the grid of
  // twice its period almost as well. When at least half the midpoints of the winner carry onsets too and the
  // grid of half the period still passes, the pulse is the faster one.
  if (best.period / 2 >= minPeriod) {
    // why to the end of the audio: a midpoint after the last beat counts too (it lies inside the clip)
    const end = Math.max(sorted[sorted.length - 1]!.time, (options.durationSeconds ?? 0) - 1e-6);
    const { midpoints, carried } = midpointsCarried(sorted, best.anchor, best.period, end, tolerance);
    if (midpoints >= 2 && carried * 2 >= midpoints) {
      const halved = fitGrid(sorted, totalStrength, best.anchor, best.period / 2, tolerance);
      if (passes(halved)) best = halved;
    }
  }
  return { bpm: 60 / best.period, score: best.score, onsetCount: onsets.length, beats: best.beats };
}

/**
 * The pulse of a clip too short for three beats, or null: two fully percussive onsets that carry
 * `minOnGrid` of the strength and fill the clip (no grid point inside the audio before the first or
 * after the second). Needs `durationSeconds`.
 */
function twoBeatPulse(sorted: readonly Onset[], totalStrength: number, options: EstimateTempoOptions, minPeriod: number, maxPeriod: number, tolerance: Tolerance): TempoEstimate | null {
  const duration = options.durationSeconds;
  if (duration === undefined) return null;
  const minPercussive = options.minTwoBeatPercussive ?? 0.85;
  const beats = sorted.filter((onset) => (onset.percussive ?? 1) >= minPercussive);
  if (beats.length !== 2) return null;
  const [first, second] = beats as [Onset, Onset];
  const period = second.time - first.time;
  if (period < minPeriod || period > maxPeriod) return null;
  if ((weightOf(first) + weightOf(second)) / totalStrength < (options.minOnGrid ?? 0.75)) return null;
  const slack = toleranceShare(tolerance, period) * period;
  // why: a grid point inside the clip with no beat on it would mean these two are not a steady pulse
  if (first.time - period > -slack || second.time + period < duration - slack) return null;
  return { bpm: 60 / period, score: 1, onsetCount: sorted.length, beats: 2 };
}
