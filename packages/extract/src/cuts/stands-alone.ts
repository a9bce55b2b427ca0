import type { CutFrame, CutNeighbourhood } from './cut-frame.js';

/**
 * Whether no frame within `reach` frames either side of the current one measures half of its own
 * `measure` or more (frames the measure does not apply to are skipped): content moving in blocks repeats
 * its changes, a cut stands alone.
 */
export function standsAlone(neighbourhood: CutNeighbourhood, reach: number, measure: (frame: CutFrame) => number | undefined): boolean {
  const own = measure(neighbourhood.current) ?? 0;
  for (let offset = -reach; offset <= reach; offset += 1) {
    const other = offset === 0 ? undefined : neighbourhood.frame(neighbourhood.current.index + offset);
    const value = other ? measure(other) : undefined;
    if (value !== undefined && value >= 0.5 * own) return false;
  }
  return true;
}
