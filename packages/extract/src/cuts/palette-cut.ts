import type { CutNeighbourhood } from './cut-frame.js';
import type { CutThresholds } from './cut-thresholds.js';
import { gainRise } from './change-level.js';
import { median } from './frame-change.js';

/**
 * A cut by palette: the colours present changed at once (a measure camera motion does not move), more than
 * the frames just beside it (a short dissolve spreads its change) and `cutRatio` × the frames around it,
 * and not by one brightness gain (a fade step darkens every colour, which one gain explains).
 */
export function isPaletteCut(neighbourhood: CutNeighbourhood, thresholds: CutThresholds): boolean {
  const { current, previous, next, around } = neighbourhood;
  const beside = Math.max(previous?.paletteDistance ?? 0, next?.paletteDistance ?? 0);
  return (
    current.paletteDistance >= thresholds.paletteMinimum &&
    current.paletteDistance >= thresholds.paletteBeside * beside &&
    current.paletteDistance >= thresholds.cutRatio * median(around.map((frame) => frame.paletteDistance)) &&
    current.gainResidual >= thresholds.gainResidualMinimum &&
    gainRise(neighbourhood) >= thresholds.gainRise
  );
}
