import type { Onset } from './onset-envelope.js';

/** Options for {@link estimateTempo}. */
export interface EstimateTempoOptions {
  /** @default 40 */
  minBpm?: number;
  /** @default 240 */
  maxBpm?: number;
  /** An inter-onset interval fits a period when within this share of a whole number of periods. @default 0.08 */
  tolerance?: number;
  /** Smallest score (fit × fill, 0–1) that counts as a pulse. @default 0.6 */
  minScore?: number;
}

/** A tempo estimate: beats per minute and how well the onsets fit a regular grid (0–1). */
export interface TempoEstimate {
  bpm: number;
  score: number;
  onsetCount: number;
}

interface Fit {
  period: number;
  score: number;
}

function fitPeriod(intervals: readonly number[], period: number, tolerance: number): Fit {
  let hits = 0;
  let beats = 0;
  let hitSpan = 0;
  let hitBeats = 0;
  for (const interval of intervals) {
    const multiple = Math.round(interval / period);
    if (multiple < 1) continue;
    if (Math.abs(interval - multiple * period) <= tolerance * period) {
      hits += 1;
      beats += multiple;
      hitSpan += interval;
      hitBeats += multiple;
    }
  }
  if (hits === 0) return { period, score: 0 };
  // fit: share of intervals on the grid; fill: share of grid beats that carry an onset
  const fit = hits / intervals.length;
  const fill = hits / beats;
  return { period: hitSpan / hitBeats, score: fit * fill };
}

/**
 * The tempo of a list of onsets, or null when they do not form a pulse. Every inter-onset interval
 * (and its halves, thirds and quarters) proposes a period; a period scores the share of intervals that
 * are whole multiples of it times the share of its beats that carry an onset, so the true period beats
 * both its subdivisions (half the beats empty) and its multiples (intervals off the grid). The winner is
 * refined to the mean of the fitting intervals divided by their beat counts.
 *
 * @example
 * ```ts
 * estimateTempo([0, 0.5, 1, 1.5, 2].map((time) => ({ time, strength: 1 }))); // { bpm: 120, score: 1, onsetCount: 5 }
 * ```
 */
export function estimateTempo(onsets: readonly Onset[], options: EstimateTempoOptions = {}): TempoEstimate | null {
  const minPeriod = 60 / (options.maxBpm ?? 240);
  const maxPeriod = 60 / (options.minBpm ?? 40);
  const tolerance = options.tolerance ?? 0.08;
  const minScore = options.minScore ?? 0.6;
  if (onsets.length < 4) return null;
  const times = onsets.map((onset) => onset.time).sort((a, b) => a - b);
  const intervals = times.slice(1).map((time, index) => time - times[index]!);
  const candidates = new Set<number>();
  for (const interval of intervals) {
    for (let divisor = 1; divisor <= 4; divisor += 1) {
      const period = interval / divisor;
      if (period >= minPeriod && period <= maxPeriod) candidates.add(Math.round(period * 2000) / 2000);
    }
  }
  let best: Fit = { period: 0, score: 0 };
  for (const candidate of candidates) {
    // why: refine twice, so a candidate from one jittered interval settles on the mean period.
    const refined = fitPeriod(intervals, fitPeriod(intervals, candidate, tolerance).period, tolerance);
    if (refined.score > best.score + 1e-9 || (Math.abs(refined.score - best.score) <= 1e-9 && refined.period > best.period)) best = refined;
  }
  if (best.score < minScore || best.period < minPeriod || best.period > maxPeriod) return null;
  return { bpm: 60 / best.period, score: best.score, onsetCount: onsets.length };
}
