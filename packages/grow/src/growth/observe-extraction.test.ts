import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observationSchema } from '@motionreg/primitives';
import { buildExtraction, buildSceneSpec } from '../testing/fixtures.js';
import { observeExtraction } from './observe-extraction.js';
import { colorKey } from './quantize.js';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('observeExtraction', () => {
  const extraction = buildExtraction({ seed: 11, cuts: [20] });

  it('observes the static registries for frame, the dynamic and narrative ones for window, all for all', () => {
    const registries = (focus: 'frame' | 'window' | 'all') => new Set(observeExtraction(extraction, null, focus).map((item) => item.registry));
    expect(registries('frame')).toEqual(new Set(['static']));
    expect(registries('window')).toEqual(new Set(['dynamic', 'narrative']));
    expect(registries('all')).toEqual(new Set(['static', 'dynamic', 'narrative']));
  });

  it('counts a colour once per frame it appears in', () => {
    const colors = observeExtraction(extraction, null, 'frame').filter((item) => item.aspect === 'colors');
    for (const color of colors) {
      const frames = extraction.frames.filter((frame) => frame.colors.some((measured) => colorKey(measured.rgb) === color.key)).length;
      expect(color.occurrences, color.key).toBe(frames);
      expect(sum(Object.values(color.depth))).toBeCloseTo(100, 2);
    }
  });

  it('observes one sound per frame with sound, its depth over the four primitives summing to 100', () => {
    const sounds = observeExtraction(extraction, null, 'frame').filter((item) => item.aspect === 'sound');
    expect(sum(sounds.map((item) => item.occurrences))).toBe(extraction.frames.length);
    for (const sound of sounds) {
      expect(Object.keys(sound.depth).sort()).toEqual(['hiss', 'rumble', 'silence', 'tone']);
      expect(sum(Object.values(sound.depth))).toBeCloseTo(100, 2);
      expect(sound.key).toMatch(/^(silence|rumble|tone|hiss):\d+-\d+-\d+-\d+:\d+:p\d+$/);
    }
    expect(observeExtraction(buildExtraction({ seed: 1, audio: false }), null, 'all').filter((item) => item.aspect === 'sound')).toEqual([]);
  });

  it('observes every window once per dynamic aspect, with a colour blend of its frames', () => {
    const dynamic = observeExtraction(extraction, null, 'window').filter((item) => item.registry === 'dynamic');
    for (const aspect of ['motion', 'camera', 'gradient', 'lighting', 'composition', 'sound', 'blends']) {
      expect(sum(dynamic.filter((item) => item.aspect === aspect).map((item) => item.occurrences)), aspect).toBe(extraction.windows.length);
    }
    const staticKeys = new Set(observeExtraction(extraction, null, 'frame').filter((item) => item.aspect === 'colors').map((item) => item.key));
    for (const blend of dynamic.filter((item) => item.aspect === 'blends')) {
      const inputs = blend.value.inputs as { key: string; weightPct: number }[];
      expect(inputs.length).toBeGreaterThan(1);
      expect(sum(inputs.map((input) => input.weightPct))).toBeCloseTo(100, 2);
      for (const input of inputs) expect(staticKeys.has(input.key)).toBe(true);
      expect(sum(Object.values(blend.depth))).toBeCloseTo(100, 2);
    }
  });

  it('observes pacing once per clip and each transition', () => {
    const window = observeExtraction(extraction, null, 'window');
    expect(window.filter((item) => item.aspect === 'temporal')).toEqual([expect.objectContaining({ key: 'fast:1s:andante', occurrences: 1 })]);
    expect(window.filter((item) => item.aspect === 'transition')).toEqual([expect.objectContaining({ key: 'fade:0.25s' })]);
  });

  it('labels narrative intended (from the extraction, else the spec) and observed', () => {
    const narrative = (spec: ReturnType<typeof buildSceneSpec> | null, intended?: null) =>
      observeExtraction(buildExtraction({ seed: 2, ...(intended === null ? { intended: null } : {}) }), spec, 'window')
        .filter((item) => item.registry === 'narrative')
        .map((item) => `${item.origin}:${item.aspect}:${item.key}`)
        .sort();
    expect(narrative(null)).toEqual(['intended:genre:documentary', 'intended:mood:calm', 'intended:plots:slow_build', 'intended:sceneType:wide', 'intended:settings:nature', 'intended:style:cinematic', 'intended:themes:journey', 'observed:mood:calm', 'observed:settings:outdoor']);
    expect(narrative(null, null)).toEqual(['observed:mood:calm', 'observed:settings:outdoor']);
    expect(narrative(buildSceneSpec('p'), null)).toContain('intended:plots:slow_build');
  });

  it('gives observations that meet the contract, names hints of letters only (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), (seed, audio) => {
        for (const item of observeExtraction(buildExtraction({ seed, audio, cuts: seed % 3 === 0 ? [10] : [] }), null, 'all')) {
          expect(observationSchema.safeParse(item).success, JSON.stringify(item)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
