import type { CutNeighbourhood } from './cut-frame.js';
import { median, upperQuartile } from './frame-change.js';

/**
 * The running level of change around the current frame — the larger of the median of ±3 frames and the
 * upper quartile of ±5 (which a spike every few frames does not set) — and how far the current frame's
 * change stands above it. This is the adaptive score every colour rule compares against: camera motion
 * raises all changes alike, a cut stands out from its neighbours.
 */
export function changeLevel(neighbourhood: CutNeighbourhood): { level: number; rise: number } {
  const level = Math.max(median(neighbourhood.around.map((frame) => frame.distance)), upperQuartile(neighbourhood.wide.map((frame) => frame.distance)));
  return { level, rise: neighbourhood.current.distance / Math.max(level, 1e-6) };
}

/** How far the aligned residual of the current frame stands above its neighbours' median (∞ without motion). */
export function residualRise(neighbourhood: CutNeighbourhood): number {
  const motion = neighbourhood.current.motion;
  const moving = neighbourhood.around.flatMap((frame) => (frame.motion ? [frame.motion] : []));
  if (!motion || moving.length < 2) return Number.POSITIVE_INFINITY;
  return motion.residual / Math.max(median(moving.map((entry) => entry.residual)), 1e-6);
}

/** How far the gain residual of the current frame stands above its neighbours' median. */
export function gainRise(neighbourhood: CutNeighbourhood): number {
  return neighbourhood.current.gainResidual / Math.max(median(neighbourhood.around.map((frame) => frame.gainResidual)), 1e-6);
}
