import type { CutNeighbourhood } from './cut-frame.js';
import type { CutThresholds } from './cut-thresholds.js';
import { median } from './frame-change.js';

/**
 * A fade step: the light changes by `fadeStepLight` (|ln ratio|) and one gain (a fade to or from black) or
 * one mix with white (a fade to or from white) explains the picture. Never a cut.
 */
export function isFadeStep(neighbourhood: CutNeighbourhood, thresholds: CutThresholds): boolean {
  const { current, previous, around } = neighbourhood;
  if (!previous) return false;
  const lightChange = Math.abs(Math.log(Math.max(current.luma, 1e-3) / Math.max(previous.luma, 1e-3)));
  const explained = 1.5 * median(around.map((frame) => frame.gainResidual)) + 0.01;
  return lightChange >= thresholds.fadeStepLight && Math.min(current.gainResidual, current.whiteResidual) <= explained;
}
