import { describe, expect, it } from 'vitest';
import { addScores, cutFigures, matchCuts, matchTransitions, mergeSpans, spanOverlap } from './score-real-footage.js';

describe('scoring real footage', () => {
  it('matches cuts within one frame, each at most once', () => {
    expect(matchCuts([10, 50, 90], [11, 12, 49, 120])).toEqual({ truePositives: 2, falsePositives: 2, falseNegatives: 1 });
    expect(matchCuts([], [])).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
    expect(cutFigures({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }).f1).toBe(1);
    const figures = cutFigures({ truePositives: 2, falsePositives: 2, falseNegatives: 1 });
    expect(figures.precision).toBe(0.5);
    expect(figures.f1).toBeCloseTo(0.5714, 4);
  });

  it('matches transitions by span overlap, a fade out and in through black as one', () => {
    expect(spanOverlap({ startFrame: 0, endFrame: 9 }, { startFrame: 5, endFrame: 14 })).toBeCloseTo(5 / 15, 10);
    expect(mergeSpans([{ startFrame: 20, endFrame: 28 }, { startFrame: 10, endFrame: 19 }, { startFrame: 40, endFrame: 44 }])).toEqual([
      { startFrame: 10, endFrame: 28 },
      { startFrame: 40, endFrame: 44 },
    ]);
    const expected = [{ type: 'fade' as const, startFrame: 10, endFrame: 28 }, { type: 'dissolve' as const, startFrame: 60, endFrame: 70 }];
    expect(matchTransitions(expected, [{ startFrame: 11, endFrame: 19 }, { startFrame: 19, endFrame: 27 }, { startFrame: 66, endFrame: 90 }])).toEqual({ matched: 1, labelled: 2, reported: 2 });
  });

  it('adds scores', () => {
    const one = { cuts: { truePositives: 1, falsePositives: 0, falseNegatives: 1 }, transitions: { matched: 1, labelled: 1, reported: 2 }, camera: { right: 1, labelled: 2, wrong: ['a'] } };
    expect(addScores([one, one])).toEqual({ cuts: { truePositives: 2, falsePositives: 0, falseNegatives: 2 }, transitions: { matched: 2, labelled: 2, reported: 4 }, camera: { right: 2, labelled: 4, wrong: ['a', 'a'] } });
  });
});
