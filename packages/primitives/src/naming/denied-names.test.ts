import fc from 'fast-check';
import { colornames } from 'color-name-list';
import { describe, expect, it } from 'vitest';
import { colorNameIndex } from './color-name-index.js';
import { deniedReason, hasNonLatinLetter, isDeniedName } from './denied-names.js';
import { blendNameCandidates } from './name-blend.js';
import { colorNameCandidates, nameColor } from './name-color.js';
import { motionNameCandidates } from './name-motion.js';
import { curatedNameWords } from './name-vocabulary.js';
import { soundNameCandidates } from './name-sound.js';

const rgb = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }));

/** The first `count` candidates of a lazy generator. */
function take(candidates: Iterable<string>, count: number): string[] {
  const out: string[] = [];
  for (const candidate of candidates) {
    out.push(candidate);
    if (out.length >= count) break;
  }
  return out;
}

describe('denied names', () => {
  it.each([
    ['Tory Blue', 'political'], ['Trump Tan', 'political'], ['God of Rain', 'religious'], ['Devil’s Plum', 'religious'], ['Holy Water', 'religious'],
    ['Green Savage', 'ethnic'], ['Indian Princess', 'name'], ['Nipple', 'crude'], ['Snot Green', 'crude'], ['RedЯum', 'script'], ['Ꭱed', 'script'],
  ])('%s is denied (%s)', (name, reason) => {
    expect(deniedReason(name)).toBe(reason);
  });

  it.each(['Indian Ocean', 'Indian Red', 'Blood Orange', 'Dead Sea', 'Witch Hazel', 'Angel Wing', 'Glass Green', 'Bass Clef', 'Zürich Blue', 'Crème Brûlée'])('%s may be given', (name) => {
    expect(isDeniedName(name)).toBe(false);
  });

  it('denies any name with a letter of a script other than Latin, found by Unicode property', () => {
    const otherScript = fc.constantFrom('Я', 'Ω', 'Ο', 'а', 'е', 'Ꭱ', 'ש', 'ع', '字');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'r', 'e', 'd', ' ') }), otherScript, fc.nat(), (latin, letter, at) => {
      const position = latin.length === 0 ? 0 : at % latin.length;
      const name = `${latin.slice(0, position)}${letter}${latin.slice(position)}`;
      expect(hasNonLatinLetter(name)).toBe(true);
      expect(isDeniedName(name)).toBe(true);
    }));
  });

  it('keeps every denied dataset name out of the colour-name index', () => {
    const denied = colornames.filter((entry) => isDeniedName(entry.name)).map((entry) => entry.name);
    expect(denied).toEqual(expect.arrayContaining(['RedЯum', 'Tory Blue', 'Nipple', 'God of Rain']));
    const names = new Set(colorNameIndex().names);
    for (const name of denied) expect(names.has(name)).toBe(false);
  });

  it('never gives a denied name for any colour, even when the first candidates are taken', () => {
    fc.assert(fc.property(rgb, fc.integer({ min: 0, max: 40 }), (color, skipped) => {
      const candidates = take(colorNameCandidates(color), skipped + 1);
      for (const candidate of candidates) expect(isDeniedName(candidate)).toBe(false);
      expect(isDeniedName(nameColor(color, new Set(candidates.slice(0, skipped))))).toBe(false);
    }), { numRuns: 60 });
  });

  it('never gives a denied name for colours right at denied dataset colours', () => {
    for (const entry of colornames.filter((candidate) => isDeniedName(candidate.name))) {
      const value = Number.parseInt(entry.hex.slice(1), 16);
      const name = nameColor([(value >> 16) & 255, (value >> 8) & 255, value & 255], new Set());
      expect({ entry: entry.name, denied: isDeniedName(name) }).toEqual({ entry: entry.name, denied: false });
    }
  });

  it('gives no denied sound, motion or blend name: none of the curated words they are built from is denied', () => {
    for (const word of curatedNameWords) expect({ word, denied: isDeniedName(word) }).toEqual({ word, denied: false });
    const sounds = take(soundNameCandidates({ dominant: 'rumble', mix: { silence: 0, rumble: 0.8, tone: 0.1, hiss: 0.1 }, strengthPct: 80 }), 300);
    const motions = take(motionNameCandidates({ speed: 'fast', direction: 'horizontal' }), 300);
    const blends = take(blendNameCandidates({ domain: 'lighting', depth: { 'lighting.noir': 60, 'lighting.cool': 40 } }), 300);
    expect(sounds.length * motions.length * blends.length).toBeGreaterThan(0);
    for (const name of [...sounds, ...motions, ...blends]) expect(isDeniedName(name)).toBe(false);
  });
});
