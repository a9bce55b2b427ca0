import type { CutNeighbourhood } from './cut-frame.js';
import type { CutThresholds } from './cut-thresholds.js';
import { changeLevel, residualRise } from './change-level.js';

/**
 * A cut by layout: the picture changed at once — `cutRatio` × its running level of change — and alignment
 * with one gain cannot explain it (its residual rose `cutRatio`× too). Content that moves in whole blocks
 * jumps every few frames by ~3× in both measures, so the change must stand out `strongRatio`× in colour, or
 * in the residual with a residual of at least `residualMinimum`.
 */
export function isLayoutCut(neighbourhood: CutNeighbourhood, thresholds: CutThresholds): boolean {
  const { current } = neighbourhood;
  const { rise } = changeLevel(neighbourhood);
  const aligned = residualRise(neighbourhood);
  const unexplained = !Number.isFinite(aligned) || ((current.motion?.residual ?? 1) >= thresholds.residualExplained && aligned >= thresholds.cutRatio);
  return (
    current.distance >= thresholds.cutMinimum &&
    rise >= thresholds.cutRatio &&
    unexplained &&
    (rise >= thresholds.strongRatio || (aligned >= thresholds.strongRatio && (current.motion?.residual ?? 1) >= thresholds.residualMinimum))
  );
}
