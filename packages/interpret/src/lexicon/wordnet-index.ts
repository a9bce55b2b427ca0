import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MotionregError, type LinguisticDomain } from '@motionreg/primitives';

/** Parts of speech a WordNet lemma has, as bits: 1 noun, 2 verb, 4 adjective, 8 adverb. */
export const posNoun = 1;
export const posVerb = 2;
export const posAdjective = 4;
export const posAdverb = 8;

/** What WordNet says about one single-word lemma. */
export interface WordInfo {
  pos: number;
  /** Lexicographer file of its most frequent noun sense (`noun.animal`...), or undefined. */
  nounLexname: string | undefined;
}

/** One WordNet-derived meaning of a word or phrase. */
export interface Expansion {
  domain: LinguisticDomain;
  canonical: string;
  weight: number;
}

/** A colour word or name with its sRGB hex and how much it needs a colour cue nearby. */
export interface ColorWord {
  hex: string;
  /**
   * 1: the word's most frequent meaning is this colour ("crimson"); 0: WordNet knows the colour among
   * other meanings ("salmon", "gold"); 2: only the colour-name dataset names it ("cream").
   */
  level: 0 | 1 | 2;
}

/** Single-word lemmas → what WordNet says about them (a read-only lookup; see {@link loadWordnetIndex}). */
export interface WordLookup {
  has(word: string): boolean;
  get(word: string): WordInfo | undefined;
}

/** The loaded build-time index (see `scripts/build-lexicon.ts`). */
export interface WordnetIndex {
  words: WordLookup;
  exceptions: Map<string, string>;
  /** British (and other non-American) spellings WordNet confirms, → the American spelling. */
  spellings: Map<string, string>;
  compounds: { has(compound: string): boolean };
  colors: Map<string, ColorWord>;
  expansions: Map<string, Expansion[]>;
}

interface WordnetIndexFile {
  lexnames: string[];
  words: Record<string, string>;
  exceptions: string;
  spellings: string;
  compounds: string;
  colors: [string, string, number][];
  expansions: [string, LinguisticDomain, string, number][];
}

let cached: WordnetIndex | undefined;

/** Lookups answered by searching the lists before the whole map is built (a prompt needs a few dozen). */
const searchedLookups = 256;

/**
 * The words of the index file's lists (each `[info, " word word … "]`) as a lookup. The first lookups search
 * the lists' text; after {@link searchedLookups} of them the map of all 83,000 words is built once.
 * why: building that map was about 30 ms of every render's start-up, before the first frame, while one
 * interpretation looks up a few dozen words. A word in several lists takes the last one's info, as the map did.
 */
export function wordLookup(lists: readonly [WordInfo, string][]): WordLookup {
  let map: Map<string, WordInfo> | undefined;
  let lookups = 0;
  const search = (word: string): WordInfo | undefined => {
    // the lists hold lower-case lemmas separated by single spaces; a space inside `word` can never match a whole entry
    if (word.length === 0 || word.includes(' ')) return undefined;
    const needle = ` ${word} `;
    for (let index = lists.length - 1; index >= 0; index -= 1) {
      const [info, text] = lists[index]!;
      if (text.includes(needle)) return info;
    }
    return undefined;
  };
  const get = (word: string): WordInfo | undefined => {
    if (map === undefined && lookups < searchedLookups) {
      lookups += 1;
      return search(word);
    }
    if (map === undefined) {
      map = new Map();
      for (const [info, text] of lists) for (const entry of text.trim().split(' ')) map.set(entry, info);
    }
    return map.get(word);
  };
  return { has: (word) => get(word) !== undefined, get };
}

/**
 * The package root: the nearest folder above this module with our data (works from src/ and dist/), else
 * wherever `@motionreg/interpret` is installed (when this module is bundled into another package's build,
 * as the CLI's is).
 */
function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    if (existsSync(join(directory, 'data', 'wordnet-index.json'))) return directory;
    directory = dirname(directory);
  }
  try {
    const installed = dirname(createRequire(import.meta.url).resolve('@motionreg/interpret/package.json'));
    if (existsSync(join(installed, 'data', 'wordnet-index.json'))) return installed;
  } catch {
    // not installed as a package either: the error below says so
  }
  throw new MotionregError('internal', 'cannot find data/wordnet-index.json: the @motionreg/interpret install is incomplete', { component: 'interpret' });
}

/**
 * Loads the WordNet index once per process (about 30 ms) and keeps it. Later calls return the same
 * object.
 */
export function loadWordnetIndex(): WordnetIndex {
  if (cached !== undefined) return cached;
  const file = JSON.parse(readFileSync(join(packageRoot(), 'data', 'wordnet-index.json'), 'utf8')) as WordnetIndexFile;
  const lists: [WordInfo, string][] = Object.entries(file.words).map(([code, list]) => {
    const [mask = '0', lexname] = code.split('.');
    return [{ pos: Number.parseInt(mask, 16), nounLexname: lexname === undefined ? undefined : file.lexnames[Number(lexname)] }, ` ${list} `];
  });
  const words = wordLookup(lists);
  const exceptions = new Map<string, string>();
  for (const pair of file.exceptions.split(' ')) {
    const colon = pair.indexOf(':');
    exceptions.set(pair.slice(0, colon), pair.slice(colon + 1));
  }
  const spellings = new Map<string, string>();
  for (const pair of file.spellings.split(' ')) {
    const colon = pair.indexOf(':');
    spellings.set(pair.slice(0, colon), pair.slice(colon + 1));
  }
  // Built on first use: only words with several senses consult it.
  let compoundSet: Set<string> | undefined;
  const compoundText = file.compounds;
  const compounds = {
    has(compound: string): boolean {
      compoundSet ??= new Set(compoundText.split(' ').map((entry) => entry.replace('_', ' ')));
      return compoundSet.has(compound);
    },
  };
  const colors = new Map<string, ColorWord>();
  for (const [name, hex, level] of file.colors) colors.set(name, { hex, level: level === 1 ? 1 : level === 0 ? 0 : 2 });
  const expansions = new Map<string, Expansion[]>();
  for (const [word, domain, canonical, weight] of file.expansions) {
    const list = expansions.get(word) ?? [];
    list.push({ domain, canonical, weight });
    expansions.set(word, list);
  }
  cached = { words, exceptions, spellings, compounds, colors, expansions };
  return cached;
}
