import type { CutNeighbourhood } from './cut-frame.js';
import type { CutThresholds } from './cut-thresholds.js';
import { changeLevel, gainRise } from './change-level.js';
import { standsAlone } from './stands-alone.js';

/**
 * A cut where motion cannot be read (a bright, low-contrast picture: alignment's residual stays tiny and
 * cannot say whether it explains a change): a change standing out `cutRatio`× in colour distance and in gain
 * residual, with no frame within the look-ahead changing half as much.
 */
export function isUnreadableMotionCut(neighbourhood: CutNeighbourhood, thresholds: CutThresholds): boolean {
  const { current } = neighbourhood;
  return (
    current.motion !== undefined &&
    !current.motion.observable &&
    current.distance >= thresholds.cutMinimum &&
    changeLevel(neighbourhood).rise >= thresholds.cutRatio &&
    gainRise(neighbourhood) >= thresholds.cutRatio &&
    standsAlone(neighbourhood, thresholds.lookAheadFrames, (frame) => (frame.index > 0 ? frame.distance : undefined))
  );
}
