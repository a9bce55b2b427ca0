/**
 * Scoring an extraction against hand-checked labels of real footage (`eval-real/`): cuts at ±1 frame,
 * gradual transitions by span, and the camera of each labelled shot.
 */
import { z } from 'zod';
import { cameraDirectionSchema, cameraMotionSchema, transitionTypeSchema } from '@motionreg/primitives';
import type { Extraction } from '@motionreg/primitives';

const spanSchema = z.object({ type: transitionTypeSchema, startFrame: z.number().int().nonnegative(), endFrame: z.number().int().nonnegative() });

/** One labelled video (`eval-real/videos/NAME.json`). */
export const realFootageLabelSchema = z.object({
  name: z.string(),
  split: z.enum(['tune', 'report']),
  frames: z.number().int().positive(),
  kind: z.string(),
  source: z.string(),
  licence: z.string(),
  attribution: z.string(),
  notes: z.string().optional(),
  cuts: z.array(z.number().int().nonnegative()),
  transitions: z.array(spanSchema),
  shots: z.array(z.object({
    startFrame: z.number().int().nonnegative(),
    endFrame: z.number().int().nonnegative(),
    camera: z.object({ type: cameraMotionSchema, direction: cameraDirectionSchema }).nullable(),
  })),
});
export type RealFootageLabel = z.infer<typeof realFootageLabelSchema>;

/** Counts of one video or a sum of videos. */
export interface FootageScore {
  cuts: { truePositives: number; falsePositives: number; falseNegatives: number };
  transitions: { matched: number; labelled: number; reported: number };
  camera: { right: number; labelled: number; wrong: string[] };
}

/** Pairs each found cut with an unpaired labelled cut within `tolerance` frames, nearest first. */
export function matchCuts(expected: readonly number[], found: readonly number[], tolerance = 1): FootageScore['cuts'] {
  const pairs: { distance: number; expected: number; found: number }[] = [];
  expected.forEach((cut, expectedIndex) =>
    found.forEach((other, foundIndex) => {
      const distance = Math.abs(cut - other);
      if (distance <= tolerance) pairs.push({ distance, expected: expectedIndex, found: foundIndex });
    }),
  );
  pairs.sort((a, b) => a.distance - b.distance);
  const usedExpected = new Set<number>();
  const usedFound = new Set<number>();
  for (const pair of pairs) {
    if (usedExpected.has(pair.expected) || usedFound.has(pair.found)) continue;
    usedExpected.add(pair.expected);
    usedFound.add(pair.found);
  }
  return { truePositives: usedExpected.size, falsePositives: found.length - usedFound.size, falseNegatives: expected.length - usedExpected.size };
}

type Span = { startFrame: number; endFrame: number };

/** Reported spans that touch or overlap (≤ 2 frames apart) are one transition (a fade out and in through black). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.startFrame - b.startFrame);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.startFrame <= last.endFrame + 2) last.endFrame = Math.max(last.endFrame, span.endFrame);
    else merged.push({ startFrame: span.startFrame, endFrame: span.endFrame });
  }
  return merged;
}

/** Intersection over union of two inclusive frame spans. */
export function spanOverlap(a: Span, b: Span): number {
  const intersection = Math.min(a.endFrame, b.endFrame) - Math.max(a.startFrame, b.startFrame) + 1;
  const union = Math.max(a.endFrame, b.endFrame) - Math.min(a.startFrame, b.startFrame) + 1;
  return intersection > 0 ? intersection / union : 0;
}

/** A labelled transition is matched by a reported one (merged) covering it with overlap ≥ 0.5. */
export function matchTransitions(expected: readonly Span[], found: readonly Span[]): FootageScore['transitions'] {
  const merged = mergeSpans(found);
  const used = new Set<number>();
  let matched = 0;
  for (const span of expected) {
    const index = merged.findIndex((other, position) => !used.has(position) && spanOverlap(span, other) >= 0.5);
    if (index >= 0) {
      used.add(index);
      matched += 1;
    }
  }
  return { matched, labelled: expected.length, reported: merged.length };
}

/** The camera of each labelled shot: the most common reading among the windows that lie wholly inside it. */
export function scoreCamera(label: RealFootageLabel, extraction: Extraction): FootageScore['camera'] {
  const score: FootageScore['camera'] = { right: 0, labelled: 0, wrong: [] };
  for (const shot of label.shots) {
    if (!shot.camera) continue;
    const inside = extraction.windows.filter((window) => window.startFrame >= shot.startFrame && window.endFrame <= shot.endFrame);
    if (inside.length === 0) continue;
    const counts = new Map<string, number>();
    for (const window of inside) {
      const key = `${window.camera.type} ${window.camera.direction}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const reading = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    score.labelled += 1;
    if (reading === `${shot.camera.type} ${shot.camera.direction}`) score.right += 1;
    else score.wrong.push(`${shot.startFrame}–${shot.endFrame}: ${shot.camera.type} ${shot.camera.direction} read as ${reading}`);
  }
  return score;
}

/** The score of one video. */
export function scoreFootage(label: RealFootageLabel, extraction: Extraction): FootageScore {
  return {
    cuts: matchCuts(label.cuts, extraction.cuts),
    transitions: matchTransitions(label.transitions, extraction.transitions),
    camera: scoreCamera(label, extraction),
  };
}

/** Sums scores. */
export function addScores(scores: readonly FootageScore[]): FootageScore {
  const total: FootageScore = { cuts: { truePositives: 0, falsePositives: 0, falseNegatives: 0 }, transitions: { matched: 0, labelled: 0, reported: 0 }, camera: { right: 0, labelled: 0, wrong: [] } };
  for (const score of scores) {
    total.cuts.truePositives += score.cuts.truePositives;
    total.cuts.falsePositives += score.cuts.falsePositives;
    total.cuts.falseNegatives += score.cuts.falseNegatives;
    total.transitions.matched += score.transitions.matched;
    total.transitions.labelled += score.transitions.labelled;
    total.transitions.reported += score.transitions.reported;
    total.camera.right += score.camera.right;
    total.camera.labelled += score.camera.labelled;
    total.camera.wrong.push(...score.camera.wrong);
  }
  return total;
}

/** Precision, recall and F1 of cut counts (1 where there is nothing to find and nothing was found). */
export function cutFigures(cuts: FootageScore['cuts']): { precision: number; recall: number; f1: number } {
  const found = cuts.truePositives + cuts.falsePositives;
  const expected = cuts.truePositives + cuts.falseNegatives;
  const precision = found === 0 ? 1 : cuts.truePositives / found;
  const recall = expected === 0 ? 1 : cuts.truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
