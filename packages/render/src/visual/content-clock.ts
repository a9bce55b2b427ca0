import type { SceneSpec } from '@motionreg/primitives';
import { unit3 } from '../hash/cell-hash.js';

/** Seconds a cell keeps its colour at each motion speed, before intensity scales it. */
export const cellLifetimeSeconds = { static: 2, slow: 1, medium: 0.5, fast: 0.25 } as const;

/**
 * Largest share of cells allowed to change between two frames. More would read as a cut, and changing cells
 * are noise to a global-motion estimate: at a quarter, handheld shakes under pulsing bursts were misread.
 */
export const maximumChangeShare = 0.125;

/**
 * The content motion of a clip: a clock that advances about one unit per frame, shaped by the spec's
 * motion (acceleration, rhythm, smoothness), and the lifetime in clock units after which a cell takes a new
 * colour. A cell with phase φ ∈ [0, 1) is in epoch ⌊clock / lifetime + φ⌋, so a share of about
 * Δclock / lifetime of the cells changes per frame; the lifetime is raised until that share is at most
 * {@link maximumChangeShare} in every frame, which keeps the picture coherent for motion estimation
 * while the content keeps changing.
 */
export interface ContentClock {
  /** Clock value of each frame of the clip. */
  readonly values: Float64Array;
  /** Clock units a cell keeps its colour. */
  readonly lifetime: number;
  /** Cells change in this many synchronised groups (pulsing rhythm), or 0 for independent phases. */
  readonly phaseGroups: number;
}

/**
 * Builds the clock for a clip of `frameCount` frames.
 *
 * - acceleration: the clock rate runs 0.5 → 1.5 (ease_in), 1.5 → 0.5 (ease_out), 0.5 → 1.5 → 0.5 (ease_in_out) or stays 1;
 * - rhythm: wave modulates the rate by ±60 % over two lifetimes, random draws it per frame from [0.4, 1.6],
 *   pulsing makes cells change in eight synchronised groups (bursts of an eighth of the cells);
 * - smoothness: jerky advances the clock only every third frame, rough jitters the rate by ±30 %.
 */
export function buildContentClock(spec: SceneSpec, fps: number, frameCount: number, seed: number): ContentClock {
  const { speed, acceleration, rhythm, smoothness } = spec.motion;
  const baseLifetime = Math.max(2, cellLifetimeSeconds[speed] * fps * (1.3 - 0.6 * spec.intensity));
  const values = new Float64Array(frameCount);
  let clock = 0;
  let largestStep = 0;
  for (let frame = 0; frame < frameCount; frame += 1) {
    const progress = frameCount > 1 ? frame / (frameCount - 1) : 0;
    let rate = 1;
    if (acceleration === 'ease_in') rate = 0.5 + progress;
    else if (acceleration === 'ease_out') rate = 1.5 - progress;
    else if (acceleration === 'ease_in_out') rate = 0.5 + 2 * Math.min(progress, 1 - progress);
    if (rhythm === 'wave') rate *= 1 + 0.6 * Math.sin((Math.PI * frame) / baseLifetime);
    else if (rhythm === 'random') rate *= 0.4 + 1.2 * unit3(frame, 1, 0, seed);
    if (smoothness === 'rough') rate *= 0.7 + 0.6 * unit3(frame, 2, 0, seed);
    if (frame > 0) clock += rate;
    values[frame] = clock;
  }
  if (smoothness === 'jerky') {
    for (let frame = 0; frame < frameCount; frame += 1) values[frame] = 3 * Math.floor(values[frame]! / 3);
  }
  for (let frame = 1; frame < frameCount; frame += 1) largestStep = Math.max(largestStep, values[frame]! - values[frame - 1]!);
  const phaseGroups = rhythm === 'pulsing' ? 8 : 0;
  // why: with g synchronised groups one group (1/g of the cells) flips at once, so bursts need lifetime ≥ g·step;
  // with free phases the changing share is step / lifetime.
  const needed = phaseGroups > 0 ? phaseGroups * Math.max(1, largestStep) : largestStep / maximumChangeShare;
  return { values, lifetime: Math.max(baseLifetime, needed), phaseGroups };
}
