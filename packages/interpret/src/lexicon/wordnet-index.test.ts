import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWordnetIndex, indexPath, serializeWordnetIndex } from '../../scripts/build-lexicon.js';
import { loadWordnetIndex, wordLookup } from './wordnet-index.js';

describe('data/wordnet-index.json', () => {
  it('is what the build script makes from WordNet, the seeds and the colour names today', () => {
    const { index, missing } = buildWordnetIndex();
    expect(missing).toEqual([]);
    // why: compare as one string so a stale file fails with a short diff, not 1.5 MB of output.
    expect(serializeWordnetIndex(index) === readFileSync(indexPath, 'utf8')).toBe(true);
  }, 60_000);

  it('loads words, morphology, spellings, colours and expansions', () => {
    const index = loadWordnetIndex();
    expect(index.words.get('lighthouse')?.nounLexname).toBe('noun.artifact');
    expect(index.exceptions.get('geese')).toBe('goose');
    expect(index.spellings.get('colour')).toBe('color');
    expect(index.spellings.has('tour')).toBe(false);
    expect(index.colors.get('crimson')?.level).toBe(1);
    expect(index.expansions.get('sluggish')?.some((expansion) => expansion.canonical === 'slow')).toBe(true);
  });
});

describe('wordLookup', () => {
  const noun = { pos: 1, nounLexname: 'noun.object' };
  const verb = { pos: 2, nounLexname: undefined };
  const lists: [typeof noun | typeof verb, string][] = [[noun, ' dune sea run '], [verb, ' run swim ']];

  it('answers the same while searching the lists and once its map is built, the last list winning', () => {
    const lookup = wordLookup(lists);
    const asked = ['dune', 'run', 'swim', 'sea', 'du', 'un', 'dune sea', '', 'walk'];
    const searched = asked.map((word) => lookup.get(word));
    expect(searched).toEqual([noun, verb, verb, noun, undefined, undefined, undefined, undefined, undefined]);
    // why: past its search budget (256 lookups) the lookup switches to the map; the answers must not change.
    for (let index = 0; index < 300; index += 1) lookup.has('sea');
    expect(asked.map((word) => lookup.get(word))).toEqual(searched);
    expect(lookup.has('swim')).toBe(true);
    expect(lookup.has('walk')).toBe(false);
  });
});
