import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWordnetIndex, indexPath, serializeWordnetIndex } from '../../scripts/build-lexicon.js';
import { loadWordnetIndex } from './wordnet-index.js';

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
