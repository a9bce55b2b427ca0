import type { Knowledge, LinguisticDomain, LinguisticEntry } from '@motionreg/primitives';
import { americanSpellings } from '../morphology/american-spelling.js';
import { lemmaCandidates } from '../morphology/lemma-candidates.js';
import { tokenize } from '../text/tokenize.js';
import { builtinEntries, functionWords } from './builtin-lexicon.js';
import type { Effect, Sense } from './lexicon-types.js';
import { intensifiers, negators } from './modifiers.js';
import { loadWordnetIndex, type WordnetIndex } from './wordnet-index.js';

/** Terms (single words and phrases) mapped to their senses, plus the phrase index for matching. */
export interface LexiconLayer {
  senses: Map<string, Sense[]>;
  /** First word of every multi-word term → the terms' words, longest first. */
  phrases: Map<string, string[][]>;
}

/** The merged lookup one interpretation reads: the base layer and, optionally, a registry layer on top. */
export interface Lexicon {
  base: LexiconLayer;
  overlay: LexiconLayer | undefined;
  wordnet: WordnetIndex;
  /** Every word any registry entry or learned name uses: known words for the gibberish filter. */
  registryWords: ReadonlySet<string>;
  /** Learned colour names from knowledge: term key → display name and RGB. */
  learnedColors: ReadonlyMap<string, { name: string; rgb: [number, number, number] }>;
}

interface Overlay {
  overlay: LexiconLayer;
  words: Set<string>;
  colors: Map<string, { name: string; rgb: [number, number, number] }>;
}

/** A term as the tokeniser sees it: lower case, hyphens and punctuation dropped, words joined by one space. */
export function termKey(term: string): string {
  const lower = term.toLowerCase();
  // Fast path for plain words and spaced phrases, most of the lexicon: no tokeniser needed.
  if (/^[a-z]+( [a-z]+)*$/.test(lower)) return lower;
  return tokenize(lower.replaceAll('&', ' and ')).map((token) => token.text).join(' ');
}

function addPhrase(layer: LexiconLayer, key: string): void {
  const space = key.indexOf(' ');
  if (space < 0) return;
  const first = key.slice(0, space);
  const list = layer.phrases.get(first);
  // Phrases are sorted longest first once, when the layer is complete (see `sortPhrases`).
  if (list === undefined) layer.phrases.set(first, [key.split(' ')]);
  else if (!layer.senses.has(key)) list.push(key.split(' '));
}

function sortPhrases(layer: LexiconLayer): void {
  for (const list of layer.phrases.values()) list.sort((left, right) => right.length - left.length);
}

function addSense(layer: LexiconLayer, key: string, sense: Sense): void {
  addPhrase(layer, key);
  const list = layer.senses.get(key);
  if (list === undefined) layer.senses.set(key, [sense]);
  else list.push(sense);
}

function effectsOf(record: Partial<Record<LinguisticDomain, string | readonly string[]>> | undefined, weight: number): Effect[] {
  return Object.entries(record ?? {}).flatMap(([domain, value]) =>
    (typeof value === 'string' ? [value] : (value ?? [])).map((canonical) => ({ domain: domain as LinguisticDomain, canonical, weight })),
  );
}

const colorCueWords = [
  'colour', 'color', 'colours', 'colors', 'coloured', 'colored', 'tones', 'tone', 'toned', 'hue', 'hues', 'shade', 'shades', 'tint', 'tints',
  'tinted', 'palette', 'paint', 'painted', 'accents', 'accent', 'highlights', 'wash', 'glow', 'light', 'dark', 'deep',
  'pale', 'bright', 'neon', 'pastel', 'gradient', 'background', 'sky', 'lights', 'walls', 'dress', 'splashes', 'splash', 'hints',
];

const colorNouns = ['colour', 'color', 'colours', 'colors', 'coloured', 'colored', 'tones', 'toned', 'hue', 'hues', 'shade', 'shades', 'tint', 'tinted', 'paint', 'painted', 'palette'];

let baseLayer: LexiconLayer | undefined;

/**
 * The base layer, built once per process: the built-in entries, then WordNet expansions and colour
 * words for every term the built-in table does not define. A term's several built-in entries become
 * competing senses when any of them has cues or a prior; otherwise they merge into one sense.
 */
export function baseLexicon(): LexiconLayer {
  if (baseLayer !== undefined) return baseLayer;
  const wordnet = loadWordnetIndex();
  const layer: LexiconLayer = { senses: new Map(), phrases: new Map() };
  const grouped = new Map<string, typeof builtinEntries[number][]>();
  for (const entry of builtinEntries) {
    for (const term of entry.terms.split('|')) {
      const key = termKey(term);
      if (key.length === 0) continue;
      const list = grouped.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      grouped.set(key, list);
    }
  }
  for (const [key, entries] of grouped) {
    const competing = entries.some((entry) => entry.cues !== undefined || entry.prior !== undefined);
    const toSense = (entry: typeof entries[number]): Sense => ({
      effects: effectsOf(entry.sets, entry.weight ?? 1),
      implied: effectsOf(entry.implies, 0.5),
      kind: entry.kind ?? 'synonym',
      variety: entry.variety ?? 'general',
      energy: entry.energy ?? 0,
      cues: entry.cues,
      prior: entry.prior ?? 0.5,
      source: 'builtin',
    });
    if (competing || entries.length === 1) {
      for (const entry of entries) addSense(layer, key, toSense(entry));
    } else {
      const senses = entries.map(toSense);
      const first = senses[0] as Sense;
      addSense(layer, key, {
        ...first,
        effects: senses.flatMap((sense) => sense.effects),
        implied: senses.flatMap((sense) => sense.implied),
        // The strongest energy of the merged entries: averaging would let a neutral entry dilute "epic".
        energy: senses.reduce((strongest, sense) => (Math.abs(sense.energy) > Math.abs(strongest) ? sense.energy : strongest), 0),
      });
    }
  }
  for (const [name, word] of wordnet.colors) {
    const key = termKey(name);
    const multiWord = key.includes(' ');
    addSense(layer, key, {
      effects: [{ domain: 'palette.colors', canonical: name, weight: 1 }],
      implied: [],
      kind: 'exact',
      variety: 'general',
      energy: 0,
      // Dataset-only names ("cream", "beach") need a colour noun or a coordinated colour (see resolve-senses).
      cues: multiWord ? undefined : word.level === 2 ? { next: colorNouns } : { tags: ['color'], words: colorCueWords },
      prior: multiWord ? 0.7 : word.level === 1 ? 0.6 : word.level === 0 ? 0.15 : 0.05,
      source: 'color',
    });
  }
  for (const [word, expansions] of wordnet.expansions) {
    const key = termKey(word);
    if (layer.senses.get(key)?.some((sense) => sense.source === 'builtin') === true) continue;
    // One domain, one canonical: the strongest. Different domains add up in one sense.
    const best = new Map<LinguisticDomain, Effect>();
    for (const expansion of expansions) {
      const current = best.get(expansion.domain);
      if (current === undefined || current.weight < expansion.weight) best.set(expansion.domain, { ...expansion, weight: expansion.weight * 0.9 });
    }
    addSense(layer, key, {
      effects: [...best.values()],
      implied: [],
      kind: 'wordnet',
      variety: 'general',
      energy: 0,
      cues: undefined,
      prior: 0.5,
      source: 'wordnet',
    });
  }
  sortPhrases(layer);
  baseLayer = layer;
  return layer;
}

const overlayCache = new WeakMap<object, WeakMap<object, Overlay>>();
const noKnowledge = {};

/**
 * Builds (or reuses, by the identity of the arrays passed in) the registry layer: grown linguistic
 * entries, and learned colour names from knowledge. An entry that only repeats a built-in meaning
 * adds nothing; one that adds a meaning becomes a sense of its own (kind `registry`).
 */
function registryOverlay(entries: readonly LinguisticEntry[], knowledge: Knowledge | undefined): Overlay {
  const byEntries = overlayCache.get(entries) ?? new WeakMap();
  overlayCache.set(entries, byEntries);
  const cached = byEntries.get(knowledge ?? noKnowledge);
  if (cached !== undefined) return cached;
  const base = baseLexicon();
  const overlay: LexiconLayer = { senses: new Map(), phrases: new Map() };
  const words = new Set<string>();
  const colors: Overlay['colors'] = new Map();
  const grown = new Map<string, Effect[]>();
  const grownCounts = new Map<string, number>();
  for (const entry of [...entries, ...(knowledge?.linguistic ?? [])]) {
    const key = termKey(entry.span);
    if (key.length === 0) continue;
    const known = base.senses.get(key)?.some((sense) => sense.effects.some((effect) => effect.domain === entry.domain && effect.canonical === entry.canonical));
    for (const word of key.split(' ')) words.add(word);
    if (known === true) continue;
    const list = grown.get(key) ?? [];
    const existing = list.findIndex((effect) => effect.domain === entry.domain);
    // Unique per (span, domain): when the registry holds several meanings for one pair, the one seen
    // most often wins (ties: the later entry), whatever order the store lists them in.
    const pairKey = `${key}\u001f${entry.domain}`;
    if (existing >= 0) {
      if ((grownCounts.get(pairKey) ?? 0) > entry.count) continue;
      list.splice(existing, 1);
    }
    grownCounts.set(pairKey, entry.count);
    list.push({ domain: entry.domain, canonical: entry.canonical, weight: 1 });
    grown.set(key, list);
  }
  for (const [key, effects] of grown) {
    addSense(overlay, key, { effects, implied: [], kind: 'registry', variety: 'general', energy: 0, cues: undefined, prior: 0.7, source: 'registry' });
  }
  for (const entry of knowledge?.static.colors ?? []) {
    const rgb = (entry.value as { rgb?: unknown }).rgb;
    if (!Array.isArray(rgb) || rgb.length !== 3) continue;
    const key = termKey(entry.name);
    if (key.length === 0) continue;
    for (const word of key.split(' ')) words.add(word);
    colors.set(key, { name: entry.name, rgb: [Number(rgb[0]), Number(rgb[1]), Number(rgb[2])] });
    addSense(overlay, key, {
      effects: [{ domain: 'palette.colors', canonical: entry.name, weight: 1 }],
      implied: [],
      kind: 'registry',
      variety: 'general',
      energy: 0,
      cues: undefined,
      prior: 0.8,
      source: 'registry',
    });
  }
  sortPhrases(overlay);
  const result = { overlay, words, colors };
  byEntries.set(knowledge ?? noKnowledge, result);
  return result;
}

/** The merged lookup for one call. */
export function createLexicon(entries: readonly LinguisticEntry[] = [], knowledge?: Knowledge): Lexicon {
  const base = baseLexicon();
  const wordnet = loadWordnetIndex();
  if (entries.length === 0 && knowledge === undefined) return { base, overlay: undefined, wordnet, registryWords: new Set(), learnedColors: new Map() };
  const { overlay, words, colors } = registryOverlay(entries, knowledge);
  return { base, overlay, wordnet, registryWords: words, learnedColors: colors };
}

/** The senses of a term: the registry layer's first, then the base layer's. */
export function lookupSenses(lexicon: Lexicon, key: string): Sense[] | undefined {
  const grown = lexicon.overlay?.senses.get(key);
  const base = lexicon.base.senses.get(key);
  if (grown === undefined) return base;
  return base === undefined ? grown : [...grown, ...base];
}

/** Multi-word terms starting with `word`, longest first, from both layers. */
export function phrasesStartingWith(lexicon: Lexicon, word: string): readonly string[][] {
  const base = lexicon.base.phrases.get(word);
  const grown = lexicon.overlay?.phrases.get(word);
  if (grown === undefined) return base ?? [];
  return [...grown, ...(base ?? [])].sort((left, right) => right.length - left.length);
}

const numberWords = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'half', 'quarter', 'couple', 'few', 'dozen', 'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 's', 'm',
  'hour', 'hours', 'bpm', 'fps',
]);

/**
 * Whether a word is English (a WordNet lemma or an inflection of one, a British spelling of one, a
 * function or number word) or known slang (any built-in term's word, any registry span or learned
 * name's word). The gibberish filter of the prompt generator keeps only prompts whose every word
 * passes.
 */
export function isKnownWord(lexicon: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  if (/^\d+(\.\d+)?$/.test(lower)) return true;
  if (functionWords.has(lower) || numberWords.has(lower) || intensifiers.has(lower) || negators.has(lower)) return true;
  if (lexicon.wordnet.words.has(lower) || lexicon.registryWords.has(lower) || builtinWords().has(lower)) return true;
  for (const candidate of [...americanSpellings(lower), ...lemmaCandidates(lower, lexicon.wordnet.exceptions)]) {
    if (lexicon.wordnet.words.has(candidate) || builtinWords().has(candidate)) return true;
  }
  return false;
}

let builtinWordSet: Set<string> | undefined;

/** Every single word used by a built-in term. */
export function builtinWords(): Set<string> {
  if (builtinWordSet !== undefined) return builtinWordSet;
  builtinWordSet = new Set();
  for (const key of baseLexicon().senses.keys()) for (const word of key.split(' ')) builtinWordSet.add(word);
  for (const phrase of [...intensifiers.keys(), ...negators]) for (const word of phrase.split(' ')) builtinWordSet.add(word);
  return builtinWordSet;
}
