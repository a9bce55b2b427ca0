import type { CutThresholds } from './cut-thresholds.js';

/**
 * The frames of a short dip of the light around offset 0, or null. `luma(offset)` gives the mean luma of the
 * frame that many frames from the changing one (undefined past what is held). A fade through black between
 * shots takes a few frames, and each of its abrupt steps looks like a cut on its own: the darkest frame
 * within ±4 must be ≤ `dipDepth` of the light on both sides of the dip (the brightest of the 3 frames before
 * and after), ≤ `longDipDepth` when the dip spans six frames or more (a shot that slowly darkens before a cut
 * keeps its cut), and the change must lie inside the dip (a cut a few frames before a separate fade is a cut).
 * Returns offsets `start ≤ 0 ≤ end`.
 */
export function lightDip(luma: (offset: number) => number | undefined, thresholds: Pick<CutThresholds, 'dipDepth' | 'longDipDepth'>): { start: number; end: number } | null {
  let darkest = 0;
  for (let offset = -4; offset <= 4; offset += 1) {
    const value = luma(offset);
    if (value !== undefined && value < luma(darkest)!) darkest = offset;
  }
  const bottom = luma(darkest)!;
  // a flat bottom (equally dark frames) belongs to the dip
  const atBottom = (offset: number) => luma(offset) !== undefined && luma(offset)! <= bottom + 0.005;
  const falling = (from: number, to: number) => luma(to) !== undefined && luma(to)! > luma(from)! + 0.005;
  let start = darkest;
  while (start > -8 && atBottom(start - 1)) start -= 1;
  while (start > -8 && falling(start, start - 1)) start -= 1;
  let end = darkest;
  while (end < 8 && atBottom(end + 1)) end += 1;
  while (end < 8 && falling(end, end + 1)) end += 1;
  if (start > -1 || end < 0) return null;
  const brightest = (from: number, to: number) => {
    let value: number | undefined;
    for (let offset = from; offset <= to; offset += 1) {
      const light = luma(offset);
      if (light !== undefined) value = Math.max(value ?? 0, light);
    }
    return value;
  };
  const before = brightest(start - 2, start);
  const after = brightest(end, end + 2);
  if (before === undefined || after === undefined || bottom > thresholds.dipDepth * Math.min(before, after)) return null;
  if (end - start >= 6 && bottom > thresholds.longDipDepth * Math.min(before, after)) return null;
  return { start, end };
}
