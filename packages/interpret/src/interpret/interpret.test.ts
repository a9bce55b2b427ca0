import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyKnowledge, instructionSchema, MotionregError, type LinguisticEntry } from '@motionreg/primitives';
import { interpret } from '@motionreg/interpret';

const mappingOf = (prompt: string, domain: string) => interpret(prompt).mappings.filter((mapping) => mapping.domain === domain);

describe('interpret', () => {
  it('returns instructions that meet the contract', () => {
    for (const prompt of ['a slow pan across a misty forest at dawn', 'proper dreich, nae music', '12 sec of neon', 'x']) {
      expect(() => instructionSchema.parse(interpret(prompt))).not.toThrow();
    }
  });

  it('reads camera jargon, framing and multi-word terms', () => {
    const instruction = interpret("slow push in, then a bird's eye view; lo-fi beats, slow-mo");
    expect(instruction.camera.motion).toBe('dolly');
    expect(mappingOf("slow push in, then a bird's eye view", 'camera.motion').map((mapping) => mapping.canonical)).toContain('birds_eye');
    expect(instruction.audio.presence).toBe('music');
    expect(instruction.audio.mood).toBe('calm');
    expect(instruction.motion.speed).toBe('slow');
  });

  it('gives the same word its meaning by domain', () => {
    expect(interpret('a crane shot rising over the city').camera.motion).toBe('crane');
    expect(interpret('a crane standing in a pond').camera.motion).toBe('static');
    expect(interpret('a slow pan across the room').camera.motion).toBe('pan');
    expect(interpret('eggs frying in a pan').camera.motion).toBe('static');
    expect(interpret('the party was lit').narrative.tone).toBe('energetic');
    expect(interpret('a hallway lit by candles').narrative.tone).not.toBe('energetic');
    expect(interpret('a hallway lit by candles').lighting.temperature).toBe('warm');
    expect(interpret('a campfire burning on a beach').mappings.some((mapping) => mapping.canonical === 'fire')).toBe(true);
    expect(interpret('this beat is fire').narrative.tone).toBe('energetic');
  });

  it('scopes negation to its clause', () => {
    const instruction = interpret('no zoom, just a slow pan over the hills');
    expect(instruction.avoid.camera).toEqual(['zoom']);
    expect(instruction.camera.motion).toBe('pan');
    expect(interpret('without music, only the sound of waves').avoid.presence).toEqual(['music']);
    expect(interpret('not too dark, moody but warm').avoid.tone).toEqual(['dark']);
    expect(interpret('no red or orange, cool blues').avoid.colors).toEqual(['red', 'orange']);
    expect(interpret('music-free room tone').avoid.presence).toEqual(['music']);
    expect(interpret('nae zoom').avoid.camera).toEqual(['zoom']);
    const locked = interpret('keep it locked off, no camera movement');
    expect([locked.camera.motion, locked.camera.steadiness]).toEqual(['static', 'locked']);
  });

  it('reads numbers and durations', () => {
    expect(interpret('an 8 second loop').durationSeconds).toBe(8);
    expect(interpret('12 sec clip').durationSeconds).toBe(12);
    expect(interpret('a three-second flash').durationSeconds).toBe(3);
    expect(interpret('half a minute of rain').durationSeconds).toBe(30);
    expect(interpret('a minute and a half timelapse').durationSeconds).toBe(90);
    expect(interpret('1.5s, punchy').durationSeconds).toBe(1.5);
    expect(interpret('1 min 20 of a train').durationSeconds).toBe(80);
    expect(interpret('a 90s vibe music video').durationSeconds).toBeNull();
    expect(interpret('a quiet lake').durationSeconds).toBeNull();
  });

  it('labels spellings, dialect and slang', () => {
    expect(mappingOf('a colourful wall', 'palette.modifiers')[0]?.kind).toBe('spelling');
    expect(mappingOf('grey skies', 'palette.colors').concat(mappingOf('a grey harbour', 'palette.colors'))[0]).toMatchObject({ canonical: 'gray' });
    expect(mappingOf('a dreich day', 'lighting.contrast')[0]?.kind).toBe('dialect');
    expect(mappingOf('arvo sun', 'lighting.temperature')[0]?.kind).toBe('dialect');
    expect(mappingOf('that beat slaps', 'narrative.tone')[0]?.kind).toBe('slang');
    expect(mappingOf('the craic was mighty', 'narrative.tone')[0]?.kind).toBe('dialect');
  });

  it('lets intensifiers and downtoners move intensity', () => {
    const calm = interpret('calm water').intensity;
    expect(interpret('dead calm water').intensity).toBeLessThan(calm);
    expect(interpret('hella intense strobes').intensity).toBeGreaterThan(interpret('intense strobes').intensity);
    expect(interpret('proper moody street').intensity).toBeGreaterThan(interpret('moody street').intensity);
    expect(interpret('a touch moody street').intensity).toBeLessThan(interpret('moody street').intensity);
  });

  it('understands words it has no entry for through WordNet and morphology', () => {
    expect(interpret('sluggish fog').motion.speed).toBe('slow');
    expect(interpret('speedy hummingbirds').motion.speed).toBe('fast');
    expect(interpret('a tranquil pond').narrative.tone).toBe('calm');
    expect(interpret('panning across rooftops').camera.motion).toBe('pan');
    expect(interpret('vermilion and cerulean').mappings.map((mapping) => mapping.canonical)).toEqual(['vermilion', 'cerulean']);
  });

  it('infers what a careful reader would', () => {
    expect(interpret('lo-fi beats').audio.presence).toBe('music');
    expect(interpret('a haunted house').narrative.tone).toBe('dark');
    expect(interpret('a haunted house').lighting.preset).toBe('noir');
  });

  it('learns a slang word from a registry entry, and not before', () => {
    const before = interpret('make it skrrt');
    expect(before.motion.speed).toBe('medium');
    expect(before.unknown).toContain('skrrt');
    const linguistic: LinguisticEntry[] = [{ span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'slang', count: 1 }];
    const after = interpret('make it skrrt', { linguistic });
    expect(after.motion.speed).toBe('fast');
    expect(after.unknown).not.toContain('skrrt');
    expect(after.mappings).toContainEqual({ span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'registry' });
  });

  it('reads one meaning per (span, domain): the most counted, whatever order the registry lists them in', () => {
    const slow: LinguisticEntry = { span: 'skrrt', canonical: 'slow', domain: 'motion.speed', kind: 'slang', count: 2 };
    const fast: LinguisticEntry = { span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'slang', count: 9 };
    expect(interpret('make it skrrt', { linguistic: [fast, slow] }).motion.speed).toBe('fast');
    expect(interpret('make it skrrt', { linguistic: [slow, fast] }).motion.speed).toBe('fast');
  });

  it('takes a meaning the prompt gives an unknown word', () => {
    const instruction = interpret('make it skrrt (meaning really fast)');
    expect(instruction.mappings).toContainEqual({ span: 'skrrt', canonical: 'fast', domain: 'motion.speed', kind: 'slang' });
    expect(instruction.unknown).not.toContain('skrrt');
  });

  it('reads learned colour names from knowledge', () => {
    const knowledge = emptyKnowledge(new Date('2026-01-01T00:00:00Z'));
    knowledge.static.colors.push({
      schemaVersion: 1, registry: 'static', aspect: 'colors', key: 'c1', name: 'Ashen Plum', count: 3, depth: {},
      value: { rgb: [120, 80, 110] }, sources: [], firstSeenAt: '2026-01-01T00:00:00Z', lastSeenAt: '2026-01-01T00:00:00Z',
    });
    const instruction = interpret('an ashen plum sky', { knowledge });
    expect(instruction.palette.colors).toContainEqual({ name: 'Ashen Plum', rgb: [120, 80, 110] });
  });

  it('refuses an empty prompt and bad options with invalid_input', () => {
    for (const prompt of ['', '   ', '\n\t']) {
      expect(() => interpret(prompt)).toThrow(MotionregError);
      try {
        interpret(prompt);
      } catch (error) {
        expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
      }
    }
    expect(() => interpret('calm', { linguistic: [{ span: '', canonical: 'x' }] as never })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => interpret(42 as never)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('on any input returns a valid instruction or throws invalid_input, never anything else', () => {
    const check = (input: string): void => {
      try {
        instructionSchema.parse(interpret(input));
      } catch (error) {
        expect(MotionregError.isInstance(error)).toBe(true);
        expect((error as MotionregError).code).toBe('invalid_input');
      }
    };
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 300 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom('no', 'not', 'slow', 'pan', 'crane', '8', 'seconds', 'hella', 'lit', '-', ',', '(', 'meaning', 'colour', "'", 'a', 'and', 'or'), { maxLength: 40 }), (words) => check(words.join(' '))),
      { numRuns: 300 },
    );
    for (const input of [
      "'; DROP TABLE prompts; --", 'SELECT * FROM users WHERE 1=1', '\u0000\u0001\u0007\u001b[31m', '🔥🔥🔥 lit 🎉', '\u202e\u200b\ufeff',
      'a'.repeat(100_000), 'slow '.repeat(20_000), 'x'.repeat(9_999), '(' .repeat(5000), '9'.repeat(5000),
    ]) {
      check(input);
    }
  });
});

describe('function words and plain prompts (issue 15)', () => {
  it('never gives a function word a dictionary sense', () => {
    const instruction = interpret('a red or blue sky');
    expect(instruction.narrative.settings).not.toContain('interior');
    expect(instruction.mappings.some((mapping) => mapping.span === 'or')).toBe(false);
    expect(interpret('b&w shot of a city').palette.modifiers).toEqual(['monochrome']);
  });

  it('reads an intensifier at the end of a clause as a plain word ("by the way")', () => {
    expect(interpret('by the way, a sea at noon').mappings.some((mapping) => mapping.span === 'way')).toBe(false);
  });

  it.each(['a truck driving down a highway', 'a dog on a track', 'a boy tilting his head', 'a rainbow arc over the valley', 'a tower crane over the building site', 'a child on a swing'])('invents no camera move for "%s"', (prompt) => {
    expect(interpret(prompt).mappings.filter((mapping) => mapping.domain === 'camera.motion')).toEqual([]);
  });

  it('reads a colour word between a determiner and the end of its phrase as the thing ("over the bay")', () => {
    const colors = interpret('a red and gold sunset over the bay').mappings.filter((mapping) => mapping.domain === 'palette.colors').map((mapping) => mapping.canonical);
    expect(colors).not.toContain('bay');
    expect(colors).toEqual(expect.arrayContaining(['red', 'gold']));
  });
});

describe('black and white and named beats (issue 15)', () => {
  it('takes the colour out of scene palette words when black and white is asked, keeping a named colour', () => {
    const greys = interpret('greyscale ocean waves').palette.colors;
    expect(greys.length).toBeGreaterThan(0);
    for (const color of greys) expect(Math.max(...color.rgb) - Math.min(...color.rgb)).toBeLessThanOrEqual(8);
    expect(interpret('black and white, one red coat').palette.colors.map((color) => color.name)).toContain('red');
  });

  it('carries a named bpm, and none that is not a playable pulse', () => {
    expect(interpret('thumping techno at 128 bpm').audio.bpm).toBe(128);
    expect(interpret('thumping techno').audio.bpm).toBeUndefined();
    expect(interpret('9000 bpm chaos').audio.bpm).toBeUndefined();
  });
});
