import { describe, expect, it } from 'vitest';
import { sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { planTimeline } from './plan-timeline.js';

describe('planTimeline', () => {
  it('is one shot without cuts or transitions by default', () => {
    const timeline = planTimeline(sceneSpecFixture(), 24, 48);
    expect(timeline.shots).toEqual([{ index: 0, startFrame: 0, endFrame: 48 }]);
    expect(timeline.cuts).toEqual([]);
    expect(timeline.transitions).toEqual([]);
    expect(timeline.transitionAt(10)).toBeNull();
  });

  it('places hard cuts on the nearest frame and gradual transitions around it', () => {
    const spec = sceneSpecFixture({
      temporal: {
        cutFrequency: 'fast',
        cuts: [
          { atSeconds: 1, transition: 'cut', durationSeconds: 0 },
          { atSeconds: 2, transition: 'dissolve', durationSeconds: 0.25 },
        ],
      },
    });
    const timeline = planTimeline(spec, 24, 72);
    expect(timeline.shots.map((shot) => [shot.startFrame, shot.endFrame])).toEqual([[0, 24], [24, 48], [48, 72]]);
    expect(timeline.cuts).toEqual([24]);
    expect(timeline.transitions).toEqual([{ type: 'dissolve', startFrame: 45, endFrame: 51, fromShot: 1, toShot: 2 }]);
    expect(timeline.shotOf(47)).toBe(1);
    expect(timeline.shotOf(48)).toBe(2);
    const inside = timeline.transitionAt(45)!;
    expect(inside.progress).toBeGreaterThan(0);
    expect(inside.progress).toBeLessThan(0.5);
  });

  it('drops cuts that would leave a shot shorter than four frames', () => {
    const spec = sceneSpecFixture({ temporal: { cutFrequency: 'rapid', cuts: [{ atSeconds: 0.05, transition: 'cut', durationSeconds: 0 }, { atSeconds: 0.95, transition: 'cut', durationSeconds: 0 }] } });
    expect(planTimeline(spec, 24, 24).cuts).toEqual([]);
  });

  it('opens and closes through black when the spec asks', () => {
    const timeline = planTimeline(sceneSpecFixture({ transition: { in: 'fade', out: 'wipe' } }), 24, 96);
    expect(timeline.transitions).toEqual([
      { type: 'fade', startFrame: 0, endFrame: 6, fromShot: null, toShot: 0 },
      { type: 'wipe', startFrame: 90, endFrame: 96, fromShot: 0, toShot: null },
    ]);
    // at most an eighth of a short clip
    expect(planTimeline(sceneSpecFixture({ transition: { in: 'dissolve', out: 'cut' } }), 24, 24).transitions[0]?.endFrame).toBe(3);
  });
});
