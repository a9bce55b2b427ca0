import { describe, expect, it } from 'vitest';
import { MotionregError, colorPrimitives, deltaE2000Rgb } from '@motionreg/primitives';
import type { Knowledge, SceneSpec } from '@motionreg/primitives';
import { entryFixture, instructionFixture, knowledgeFixture, mapping } from '../__fixtures__/instruction.js';
import { fitsModifier, lch } from '../palette/color-pool.js';
import { buildSpec } from './build-spec.js';

const seeds = (count: number) => Array.from({ length: count }, (_, index) => index * 7919 + 1);

/** Registry knowledge with a discovery in every pool creation reads. */
function richKnowledge(): Knowledge {
  return knowledgeFixture((knowledge) => {
    knowledge.static.colors.push(
      entryFixture('static', 'colors', '200,75,50_1.0', 1, { rgb: [200, 75, 50], depth: { red: 60, brown: 40 } }, undefined, 'terracotta'),
      entryFixture('static', 'colors', '50,100,175_1.0', 300, { rgb: [50, 100, 175], depth: { blue: 50, teal: 50 } }, undefined, 'steel blue'),
    );
    knowledge.static.sound.push(
      entryFixture('static', 'sound', 'low rare', 1, { mix: { silence: 0, rumble: 0.8, tone: 0.1, hiss: 0.1 }, dominant: 'rumble', strengthPct: 60 }),
      entryFixture('static', 'sound', 'high common', 100, { mix: { silence: 0, rumble: 0, tone: 0.2, hiss: 0.8 }, dominant: 'hiss', strengthPct: 50 }),
    );
    knowledge.dynamic.motion.push(
      entryFixture('dynamic', 'motion', 'slow none', 1, { speed: 'slow', direction: 'none' }),
      entryFixture('dynamic', 'motion', 'fast horizontal', 200, { speed: 'fast', direction: 'horizontal' }),
    );
    knowledge.dynamic.camera.push(
      entryFixture('dynamic', 'camera', 'tilt up', 1, { type: 'tilt', direction: 'up' }),
      entryFixture('dynamic', 'camera', 'pan right', 400, { type: 'pan', direction: 'right' }),
    );
  });
}

describe('buildSpec', () => {
  it('gives the same spec for the same instruction, knowledge and seed, and a different one for another seed', () => {
    const instruction = instructionFixture();
    const knowledge = richKnowledge();
    const first = buildSpec(instruction, knowledge, { seed: 11, mode: 'explore' });
    expect(buildSpec(instruction, knowledge, { seed: 11, mode: 'explore' })).toEqual(first);
    const others = seeds(5).map((seed) => buildSpec(instruction, knowledge, { seed, mode: 'explore' }));
    for (const other of others) expect(other).not.toEqual(first);
  });

  it('takes every choice from origins (or the prompt) when the registry is empty', () => {
    for (const seed of seeds(50)) {
      const spec = buildSpec(instructionFixture(), knowledgeFixture(), { seed, mode: 'explore' });
      for (const record of spec.provenance) expect(['origin', 'instruction']).toContain(record.source.kind);
      expect(spec.pureColors.map((color) => color.name)).toEqual(colorPrimitives.map((primitive) => primitive.name));
      expect(spec.creationMode).toBe('pure_per_frame');
      expect(spec.pureSounds.length).toBeGreaterThanOrEqual(3);
      expect(spec.pureSounds.length).toBeLessThanOrEqual(5);
      expect(spec.palette.length).toBeGreaterThanOrEqual(2);
      expect(spec.palette.length).toBeLessThanOrEqual(3);
    }
  });

  it('varies unspoken fields from seed to seed instead of using a fixed default', () => {
    const specs = seeds(60).map((seed) => buildSpec(instructionFixture(), knowledgeFixture(), { seed, mode: 'explore' }));
    const distinct = (read: (spec: SceneSpec) => string) => new Set(specs.map(read)).size;
    expect(distinct((spec) => spec.camera.motion)).toBeGreaterThan(8);
    expect(distinct((spec) => spec.motion.speed)).toBe(4);
    expect(distinct((spec) => spec.gradient)).toBe(4);
    expect(distinct((spec) => spec.audio.mood)).toBe(5);
    expect(distinct((spec) => spec.palette.map((stop) => stop.name).join())).toBeGreaterThan(30);
  });

  it('keeps the asked camera direction, and draws one only when none was asked', () => {
    const asked = instructionFixture({
      camera: { motion: 'tilt', speed: 'slow', steadiness: 'stable', direction: 'down' },
      mappings: [mapping('camera.motion', 'tilt'), mapping('camera.direction', 'down')],
    });
    const open = instructionFixture({ camera: { motion: 'tilt', speed: 'slow', steadiness: 'stable' }, mappings: [mapping('camera.motion', 'tilt')] });
    const drawn = new Set<string | undefined>();
    for (const seed of seeds(30)) {
      const spec = buildSpec(asked, richKnowledge(), { seed, mode: 'exploit' });
      expect(spec.camera).toMatchObject({ motion: 'tilt', direction: 'down' });
      expect(spec.provenance).toContainEqual({ field: 'camera.direction', value: 'down', source: { kind: 'instruction', field: 'camera.direction' } });
      drawn.add(buildSpec(open, richKnowledge(), { seed, mode: 'explore' }).camera.direction);
    }
    expect([...drawn].sort()).toEqual(['down', 'up']);
  });

  it('keeps what the prompt said', () => {
    const instruction = instructionFixture({
      camera: { motion: 'pan', speed: 'slow', steadiness: 'stable' },
      audio: { mood: 'dark', tempo: 'fast', presence: 'music' },
      durationSeconds: 3,
      mappings: [mapping('camera.motion', 'pan'), mapping('camera.speed', 'slow'), mapping('audio.mood', 'dark'), mapping('audio.tempo', 'fast'), mapping('audio.presence', 'music')],
    });
    for (const seed of seeds(30)) {
      const spec = buildSpec(instruction, richKnowledge(), { seed, mode: 'explore' });
      expect([spec.camera.motion, spec.camera.speed, spec.audio.mood, spec.audio.tempo, spec.audio.presence, spec.durationSeconds]).toEqual(['pan', 'slow', 'dark', 'fast', 'music', 3]);
      expect(['left', 'right']).toContain(spec.camera.direction);
      expect(spec.audio.bpm).toBeGreaterThanOrEqual(130);
      expect(spec.provenance).toContainEqual({ field: 'camera.motion', value: 'pan', source: { kind: 'instruction', field: 'camera.motion' } });
    }
  });

  it('moves the camera at the motion speed the prompt gave when it named a camera move but no camera speed', () => {
    const instruction = instructionFixture({
      camera: { motion: 'roll', speed: 'medium', steadiness: 'stable' },
      motion: { speed: 'fast', smoothness: 'smooth', direction: 'none', rhythm: 'steady', acceleration: 'constant' },
      mappings: [mapping('camera.motion', 'roll'), mapping('motion.speed', 'fast')],
    });
    for (const seed of seeds(10)) expect(buildSpec(instruction, knowledgeFixture(), { seed, mode: 'explore' }).camera.speed).toBe('fast');
  });

  it('honours the avoid lists', () => {
    const instruction = instructionFixture({
      avoid: { camera: ['static', 'pan', 'tilt', 'zoom'], motion: ['fast', 'jerky'], colors: ['red', 'blue'], tone: ['dark'], presence: ['silence', 'music'] },
    });
    for (const seed of seeds(80)) {
      const spec = buildSpec(instruction, richKnowledge(), { seed, mode: 'explore' });
      expect(['static', 'pan', 'tilt', 'zoom']).not.toContain(spec.camera.motion);
      expect(spec.motion.speed).not.toBe('fast');
      expect(spec.motion.smoothness).not.toBe('jerky');
      expect(spec.narrative.tone).not.toBe('dark');
      expect(['silence', 'music']).not.toContain(spec.audio.presence);
      for (const color of [...spec.pureColors, ...spec.palette]) {
        expect(deltaE2000Rgb(color.rgb, [255, 0, 0])).toBeGreaterThan(10);
        expect(deltaE2000Rgb(color.rgb, [0, 0, 255])).toBeGreaterThan(10);
      }
    }
  });

  it('keeps a warm prompt to warm colours and puts the colours it asked for in the pool and palette', () => {
    const instruction = instructionFixture({
      palette: { colors: [{ name: 'teal', rgb: [0, 128, 128] }], modifiers: ['warm'] },
      mappings: [mapping('palette.modifiers', 'warm'), mapping('palette.colors', 'teal')],
    });
    for (const seed of seeds(40)) {
      const spec = buildSpec(instruction, richKnowledge(), { seed, mode: 'explore' });
      expect(spec.palette[0]).toEqual({ name: 'teal', rgb: [0, 128, 128] });
      expect(spec.pureColors.find((color) => color.name === 'teal')?.source).toEqual({ kind: 'instruction', field: 'palette.colors' });
      for (const color of spec.pureColors.filter((candidate) => candidate.name !== 'teal')) expect(fitsModifier(color.rgb, 'warm', null)).toBe(true);
      expect(spec.pureColors.map((color) => color.name)).toContain('terracotta');
      expect(spec.pureColors.map((color) => color.name)).not.toContain('steel blue');
      expect(spec.lighting.temperature).toBe('warm');
    }
  });

  it('falls back to a blended gradient over an origin palette when no colour fits', () => {
    const instruction = instructionFixture({ palette: { colors: [], modifiers: ['warm', 'cool'] } });
    const spec = buildSpec(instruction, knowledgeFixture(), { seed: 3, mode: 'explore' });
    expect(spec.creationMode).toBe('blended');
    expect(spec.pureColors).toEqual([]);
    expect(spec.palette).toHaveLength(4);
    expect(spec.provenance.find((record) => record.field === 'palette')?.source).toEqual({ kind: 'origin', domain: 'palette' });
  });

  it('puts discoveries in specs, with their registry entries as provenance', () => {
    const spec = buildSpec(instructionFixture(), richKnowledge(), { seed: 5, mode: 'explore' });
    expect(spec.pureColors.filter((color) => color.source.kind === 'registry').map((color) => color.rgb)).toEqual([[200, 75, 50], [50, 100, 175]]);
    expect(spec.provenance.some((record) => record.source.kind === 'registry')).toBe(true);
  });

  it('takes at most 48 registry colours into a spec, favouring the underused', () => {
    const knowledge = knowledgeFixture((known) => {
      for (let index = 0; index < 200; index += 1) {
        known.static.colors.push(entryFixture('static', 'colors', `k${index}`, index < 20 ? 1 : 500, { rgb: [index, 255 - index, (index * 7) % 256] }, undefined, `colour ${'abcdefghijklmnopqrstuvwxyz'[index % 26]} ${'abcdefghij'[Math.floor(index / 26)]}`));
      }
    });
    const spec = buildSpec(instructionFixture(), knowledge, { seed: 9, mode: 'explore' });
    const fromRegistry = spec.pureColors.filter((color) => color.source.kind === 'registry');
    expect(fromRegistry.length).toBeLessThanOrEqual(48);
    expect(fromRegistry.length).toBeGreaterThan(40);
    const rare = fromRegistry.filter((color) => color.source.kind === 'registry' && color.source.count === 1).length;
    expect(rare).toBeGreaterThanOrEqual(18);
  });

  it('rejects a bad seed or instruction with invalid_input', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
        return 'returned';
      } catch (error) {
        return MotionregError.isInstance(error) ? error.code : 'other';
      }
    };
    expect(codeOf(() => buildSpec(instructionFixture(), knowledgeFixture(), { seed: -1, mode: 'explore' }))).toBe('invalid_input');
    expect(codeOf(() => buildSpec({ ...instructionFixture(), intensity: 2 }, knowledgeFixture(), { seed: 1, mode: 'explore' }))).toBe('invalid_input');
  });

  it('refuses a prompt that names a length over an hour, in one line naming the prompt', () => {
    const prompt = 'a sunset over the sea, 6 hours long';
    let caught: unknown;
    try {
      buildSpec(instructionFixture({ prompt, durationSeconds: 21_600 }), knowledgeFixture(), { seed: 1, mode: 'explore' });
    } catch (error) {
      caught = error;
    }
    expect(MotionregError.isInstance(caught) && caught.code).toBe('invalid_input');
    expect((caught as Error).message).toBe(`[motionreg:create] prompt "${prompt}" asks for 21600 s, more than the 3600 s limit`);
    expect(buildSpec(instructionFixture({ prompt: 'an hour of rain', durationSeconds: 3600 }), knowledgeFixture(), { seed: 1 }).durationSeconds).toBe(3600);
  });
});

describe('buildSpec over 500 specs', () => {
  const count = 500;
  const specs = (mode: 'explore' | 'exploit', knowledge = richKnowledge()) =>
    seeds(count).map((seed) => buildSpec(instructionFixture(), knowledge, { seed, mode }));
  const share = (list: SceneSpec[], test: (spec: SceneSpec) => boolean) => list.filter(test).length / list.length;

  it('explore chooses underused registry values more often, at the documented rates', () => {
    const explored = specs('explore');
    // motion speed weights: static 1, slow 1/2 (count 1), medium 1, fast 1/201 (count 200)
    const slow = share(explored, (spec) => spec.motion.speed === 'slow');
    const fast = share(explored, (spec) => spec.motion.speed === 'fast');
    expect(slow).toBeGreaterThan(fast);
    expect(slow).toBeCloseTo(0.5 / (2.5 + 1 / 201), 1);
    expect(fast).toBeLessThan(0.02);
    // camera: tilt used once, pan 400 times, 14 unused origins
    expect(share(explored, (spec) => spec.camera.motion === 'tilt')).toBeGreaterThan(share(explored, (spec) => spec.camera.motion === 'pan'));
    // palette hints: the rarely seen registry colour far more often than the common one
    const rareHint = share(explored, (spec) => spec.palette.some((stop) => stop.rgb.join() === '200,75,50'));
    const commonHint = share(explored, (spec) => spec.palette.some((stop) => stop.rgb.join() === '50,100,175'));
    expect(rareHint).toBeGreaterThan(3 * commonHint);
    // pure sounds: the registry sound seen once more often than the one seen 100 times
    const rareSound = share(explored, (spec) => spec.pureSounds.some((sound) => sound.source.kind === 'registry' && sound.source.key === 'low rare'));
    const commonSound = share(explored, (spec) => spec.pureSounds.some((sound) => sound.source.kind === 'registry' && sound.source.key === 'high common'));
    expect(rareSound).toBeGreaterThan(2 * commonSound);
  });

  it('exploit chooses the most used values more often', () => {
    const exploited = specs('exploit');
    expect(share(exploited, (spec) => spec.motion.speed === 'fast')).toBeGreaterThan(share(exploited, (spec) => spec.motion.speed === 'slow'));
    expect(share(exploited, (spec) => spec.camera.motion === 'pan')).toBeGreaterThan(0.5);
  });

  it('follows a recent sound blend 35 % of the time and the most common one otherwise', () => {
    const knowledge = knowledgeFixture((known) => {
      known.dynamic.sound.push(
        entryFixture('dynamic', 'sound', 'common', 10, { mood: 'calm', tempo: 'slow', presence: 'ambient' }, '2026-01-01T00:00:00.000Z'),
        entryFixture('dynamic', 'sound', 'recent', 1, { mood: 'tense', tempo: 'fast', presence: 'sfx' }, '2026-01-31T00:00:00.000Z'),
      );
    });
    const list = specs('explore', knowledge);
    // recent picks: weight 1 for the entry seen today, 1/31 for the one 30 days old
    const expectedRecent = 0.35 * (1 / (1 + 1 / 31));
    expect(share(list, (spec) => spec.audio.mood === 'tense')).toBeCloseTo(expectedRecent, 1);
    expect(share(list, (spec) => spec.audio.mood === 'calm')).toBeCloseTo(1 - expectedRecent, 1);
    for (const spec of list) expect(spec.provenance.find((record) => record.field === 'audio.mood')?.source.kind).toBe('registry');
  });

  it('keeps lightness and hue rules consistent (LCh helper)', () => {
    expect(lch([255, 255, 255]).lightness).toBeCloseTo(100, 1);
    expect(lch([128, 128, 128]).chroma).toBeLessThan(1);
  });
});
