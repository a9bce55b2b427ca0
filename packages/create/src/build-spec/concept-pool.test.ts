import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Knowledge, Rgb } from '@motionreg/primitives';
import { entryFixture, instructionFixture, knowledgeFixture, mapping } from '../__fixtures__/instruction.js';
import { colorFamilyOf } from '../palette/color-family.js';
import { buildSpec } from './build-spec.js';

const seeds = (count: number) => Array.from({ length: count }, (_, index) => index * 7919 + 3);

/** A registry holding colours of several families, sound blends and lighting discoveries. */
function grownKnowledge(): Knowledge {
  return knowledgeFixture((knowledge) => {
    const colors: [string, Rgb][] = [
      ['harbour blue', [30, 70, 160]], ['ice blue', [150, 190, 235]], ['midnight', [15, 25, 70]],
      ['tomato', [220, 60, 40]], ['moss', [80, 120, 40]], ['ash', [120, 120, 118]], ['bone', [235, 232, 225]],
    ];
    for (const [name, rgb] of colors) knowledge.static.colors.push(entryFixture('static', 'colors', rgb.join(','), 5, { rgb }, undefined, name));
    knowledge.dynamic.sound.push(
      entryFixture('dynamic', 'sound', 'calm slow ambient', 4, { mood: 'calm', tempo: 'slow', presence: 'ambient' }),
      entryFixture('dynamic', 'sound', 'tense fast music', 9, { mood: 'tense', tempo: 'fast', presence: 'music' }),
    );
    knowledge.static.sound.push(
      entryFixture('static', 'sound', 'hiss loud', 50, { mix: { silence: 0, rumble: 0, tone: 0.1, hiss: 0.9 }, dominant: 'hiss', strengthPct: 70 }),
      entryFixture('static', 'sound', 'tone soft', 1, { mix: { silence: 0, rumble: 0.1, tone: 0.9, hiss: 0 }, dominant: 'tone', strengthPct: 40 }),
    );
    knowledge.dynamic.lighting.push(entryFixture('dynamic', 'lighting', 'noir cool high', 3, { preset: 'noir', temperature: 'cool', contrast: 'high' }));
  });
}

describe('the asked concept shapes the pool', () => {
  it('lets only colours of the asked families in, registry colours near them included and favoured', () => {
    const instruction = instructionFixture({ palette: { colors: [{ name: 'blue', rgb: [0, 0, 255] }], modifiers: [] }, mappings: [mapping('palette.colors', 'blue')] });
    for (const seed of seeds(20)) {
      const spec = buildSpec(instruction, grownKnowledge(), { seed, mode: 'explore' });
      expect(new Set(spec.pureColors.map((color) => colorFamilyOf(color.rgb)))).toEqual(new Set(['blue']));
      expect(spec.pureColors.map((color) => color.name)).toEqual(expect.arrayContaining(['blue', 'harbour blue', 'ice blue', 'midnight', 'navy']));
    }
  });

  it('keeps black and white to neutral colours', () => {
    const greys: { name: string; rgb: Rgb }[] = [[240, 240, 240], [180, 180, 180], [100, 100, 100], [40, 40, 40]].map((rgb, index) => ({ name: `mono ${index + 1}`, rgb: rgb as Rgb }));
    const instruction = instructionFixture({ palette: { colors: greys, modifiers: ['monochrome'] }, mappings: [mapping('palette.colors', 'mono'), mapping('palette.modifiers', 'monochrome')] });
    for (const seed of seeds(20)) {
      const spec = buildSpec(instruction, grownKnowledge(), { seed, mode: 'exploit' });
      for (const color of spec.pureColors) expect(['black', 'white', 'gray']).toContain(colorFamilyOf(color.rgb));
      expect(spec.pureColors.map((color) => color.name)).toEqual(expect.arrayContaining(['ash', 'bone', 'black', 'white', 'gray']));
    }
  });

  it('leaves the pool open when the prompt asked for no colour', () => {
    const spec = buildSpec(instructionFixture(), grownKnowledge(), { seed: 5, mode: 'explore' });
    expect(new Set(spec.pureColors.map((color) => colorFamilyOf(color.rgb))).size).toBeGreaterThanOrEqual(8);
  });

  it('draws the light and sound a prompt did not ask for from the concept of what it asked', () => {
    const golden = instructionFixture({ lighting: { preset: 'golden_hour', temperature: 'neutral', contrast: 'normal' }, mappings: [mapping('lighting.preset', 'golden_hour')] });
    const calm = instructionFixture({ audio: { mood: 'calm', tempo: 'medium', presence: 'music' }, mappings: [mapping('audio.mood', 'calm')] });
    for (const seed of seeds(30)) {
      expect(buildSpec(golden, grownKnowledge(), { seed, mode: 'explore' }).lighting.temperature).toBe('warm');
      const spec = buildSpec(calm, grownKnowledge(), { seed, mode: 'explore' });
      expect(spec.audio.tempo).toBe('slow');
      for (const sound of spec.pureSounds) expect(['tone', 'rumble', 'silence']).toContain(sound.primitive);
    }
  });

  it('is still a seeded draw: the same seed gives the same spec, and colours vary within the concept across seeds', () => {
    const instruction = instructionFixture({ palette: { colors: [{ name: 'blue', rgb: [0, 0, 255] }], modifiers: [] }, mappings: [mapping('palette.colors', 'blue')] });
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
      expect(buildSpec(instruction, grownKnowledge(), { seed, mode: 'explore' })).toEqual(buildSpec(instruction, grownKnowledge(), { seed, mode: 'explore' }));
    }), { numRuns: 20 });
    const hints = new Set(seeds(20).map((seed) => buildSpec(instruction, grownKnowledge(), { seed, mode: 'explore' }).palette.map((stop) => stop.name).join()));
    expect(hints.size).toBeGreaterThan(3);
  });

  it('plays the bpm the prompt named, and weighs light colours up for a bright prompt', () => {
    const beat = instructionFixture({ audio: { mood: 'neutral', tempo: 'medium', presence: 'music', bpm: 128 }, mappings: [mapping('audio.tempo', 'medium', '128 bpm'), mapping('audio.presence', 'music')] });
    const bright = instructionFixture({ narrative: { ...instructionFixture().narrative, tone: 'bright' }, mappings: [mapping('narrative.tone', 'bright')] });
    for (const seed of seeds(10)) {
      expect(buildSpec(beat, grownKnowledge(), { seed, mode: 'explore' }).audio.bpm).toBe(128);
      const colors = buildSpec(bright, grownKnowledge(), { seed, mode: 'explore' }).pureColors;
      const weightOf = (name: string) => colors.find((color) => color.name === name)?.weight ?? 0;
      expect(weightOf('bone')).toBeGreaterThan(weightOf('midnight'));
    }
  });
});
