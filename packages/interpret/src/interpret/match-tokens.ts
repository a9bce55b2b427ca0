import { functionWords } from '../lexicon/builtin-lexicon.js';
import type { Sense } from '../lexicon/lexicon-types.js';
import { lookupSenses, phrasesStartingWith, type Lexicon } from '../lexicon/lexicon.js';
import { intensifiers, negators } from '../lexicon/modifiers.js';
import { americanSpellings, irregularSpellings } from '../morphology/american-spelling.js';
import { lemmaCandidates } from '../morphology/lemma-candidates.js';
import { findDurations } from '../text/numbers.js';
import type { Token } from '../text/tokenize.js';

/** How a term was reached from the words of the prompt. */
export type MatchRoute = 'surface' | 'spelling' | 'morphology';

/** One understood stretch of the prompt, in token order. */
export type Item =
  | { type: 'term'; start: number; end: number; key: string; senses: Sense[]; route: MatchRoute }
  | { type: 'negator'; start: number; end: number; key: string }
  | { type: 'intensifier'; start: number; end: number; key: string; factor: number; variety: string }
  | { type: 'duration'; start: number; end: number; seconds: number }
  | { type: 'bpm'; start: number; end: number; bpm: number };

/** A word's forms the lexicon may know it by: itself, its American spelling, its base forms. */
export interface WordForms {
  american: string | undefined;
  lemmas: string[];
}

const formsCache = new Map<string, WordForms>();

/** The American spelling WordNet confirms, an irregular one ("grey"), or a rule's result for a word WordNet does not know. */
function americanOf(word: string, lexicon: Lexicon): string | undefined {
  const confirmed = lexicon.wordnet.spellings.get(word) ?? irregularSpellings.get(word);
  if (confirmed !== undefined) return confirmed;
  // A WordNet word whose spelling pair WordNet does not confirm is its own word ("tour" is not "tor").
  if (lexicon.wordnet.words.has(word)) return undefined;
  for (const candidate of americanSpellings(word)) {
    if (lexicon.wordnet.words.has(candidate) || lookupSenses(lexicon, candidate) !== undefined) return candidate;
  }
  return undefined;
}

/** The forms of one word, cached per process (bounded). */
export function wordForms(word: string, lexicon: Lexicon): WordForms {
  const cached = formsCache.get(word);
  if (cached !== undefined) return cached;
  const forms: WordForms = { american: americanOf(word, lexicon), lemmas: /^\d/.test(word) ? [] : lemmaCandidates(word, lexicon.wordnet.exceptions) };
  if (formsCache.size > 50_000) formsCache.clear();
  formsCache.set(word, forms);
  return forms;
}

function tokenMatchesWord(token: Token, word: string, lexicon: Lexicon): boolean {
  if (token.text === word) return true;
  const forms = wordForms(token.text, lexicon);
  return forms.american === word || forms.lemmas.includes(word);
}

interface PhraseHit {
  length: number;
  key: string;
  route: MatchRoute;
}

/** The longest lexicon term starting at `index` (a phrase or the single word), or undefined. */
function lexiconAt(tokens: readonly Token[], index: number, lexicon: Lexicon): PhraseHit | undefined {
  const token = tokens[index] as Token;
  const forms = wordForms(token.text, lexicon);
  const firsts: [string, MatchRoute][] = [[token.text, 'surface']];
  if (forms.american !== undefined) firsts.push([forms.american, 'spelling']);
  for (const lemma of forms.lemmas) firsts.push([lemma, 'morphology']);
  let best: PhraseHit | undefined;
  for (const [first, route] of firsts) {
    for (const words of phrasesStartingWith(lexicon, first)) {
      if (best !== undefined && words.length <= best.length) break;
      if (index + words.length > tokens.length) continue;
      let matches = true;
      let phraseRoute = route;
      for (let offset = 1; offset < words.length; offset += 1) {
        const next = tokens[index + offset] as Token;
        if (next.boundaryBefore || !tokenMatchesWord(next, words[offset] as string, lexicon)) {
          matches = false;
          break;
        }
        if (next.text !== words[offset]) {
          const nextForms = wordForms(next.text, lexicon);
          if (nextForms.american === words[offset] && phraseRoute === 'surface') phraseRoute = 'spelling';
          else if (phraseRoute === 'surface') phraseRoute = 'morphology';
        }
      }
      if (matches) best = { length: words.length, key: words.join(' '), route: phraseRoute };
    }
    if (best !== undefined) break;
  }
  if (best !== undefined) return best;
  // Single word: a curated meaning (built-in, colour, registry) reached any way beats a WordNet one
  // reached directly ("colourless" → built-in "colorless" rather than WordNet's "colourless").
  let fallback: PhraseHit | undefined;
  for (const [form, route] of firsts) {
    const candidates: [string, MatchRoute][] = [[form, route]];
    // A lemma's own British spelling: "colours" → "colour" → "color".
    const american = route === 'morphology' ? lexicon.wordnet.spellings.get(form) : undefined;
    if (american !== undefined) candidates.push([american, 'spelling']);
    for (const [key, candidateRoute] of candidates) {
      const senses = lookupSenses(lexicon, key);
      if (senses === undefined) continue;
      if (senses.some((sense) => sense.source !== 'wordnet')) return { length: 1, key, route: candidateRoute };
      fallback ??= { length: 1, key, route: candidateRoute };
    }
  }
  return fallback;
}

interface ControlPhrase {
  words: string[];
  type: 'negator' | 'intensifier';
  factor: number;
  variety: string;
}

let controlIndex: Map<string, ControlPhrase[]> | undefined;

function controls(): Map<string, ControlPhrase[]> {
  if (controlIndex !== undefined) return controlIndex;
  controlIndex = new Map();
  const add = (phrase: ControlPhrase): void => {
    const first = phrase.words[0] as string;
    const list = controlIndex?.get(first) ?? [];
    list.push(phrase);
    list.sort((left, right) => right.words.length - left.words.length);
    controlIndex?.set(first, list);
  };
  for (const phrase of negators) add({ words: phrase.split(' '), type: 'negator', factor: 1, variety: phrase === 'nae' ? 'scottish' : 'general' });
  for (const [phrase, { factor, variety }] of intensifiers) add({ words: phrase.split(' '), type: 'intensifier', factor, variety });
  return controlIndex;
}

function controlAt(tokens: readonly Token[], index: number): ControlPhrase | undefined {
  const candidates = controls().get((tokens[index] as Token).text);
  if (candidates === undefined) return undefined;
  for (const phrase of candidates) {
    let matches = index + phrase.words.length <= tokens.length;
    for (let offset = 1; matches && offset < phrase.words.length; offset += 1) {
      const next = tokens[index + offset] as Token;
      if (next.boundaryBefore || next.text !== phrase.words[offset]) matches = false;
    }
    if (matches) return phrase;
  }
  return undefined;
}

/**
 * Reads the prompt's tokens left to right into items: durations and tempos first, then at each
 * position the longest of a lexicon term and a negator or intensifier. A word that is both an
 * intensifier and a term ("dead", "proper", "lowkey") is an intensifier only when a term follows.
 */
export function matchTokens(tokens: readonly Token[], lexicon: Lexicon): (Item | undefined)[] {
  const byStart: (Item | undefined)[] = new Array(tokens.length);
  const covered = new Uint8Array(tokens.length);
  for (const duration of findDurations(tokens)) {
    byStart[duration.start] = { type: 'duration', start: duration.start, end: duration.end, seconds: duration.seconds };
    covered.fill(1, duration.start, duration.end);
  }
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (token.isNumber && tokens[index + 1]?.text === 'bpm' && covered[index] === 0) {
      byStart[index] = { type: 'bpm', start: index, end: index + 2, bpm: Number.parseFloat(token.text) };
      covered.fill(1, index, index + 2);
    }
  }
  let index = 0;
  while (index < tokens.length) {
    if (covered[index] === 1) {
      index += 1;
      continue;
    }
    const term = functionWordGuard(lexiconAt(tokens, index, lexicon), tokens[index] as Token, lexicon);
    const control = intensifierGuard(controlAt(tokens, index), tokens, index);
    const termLength = term?.length ?? 0;
    const controlLength = control?.words.length ?? 0;
    let useControl = controlLength > termLength;
    // "without sound effects": the negator plus the term after it covers more than the term "without sound".
    if (!useControl && control !== undefined && controlLength < termLength) {
      const after = index + controlLength;
      const nextTerm = after < tokens.length && covered[after] === 0 ? lexiconAt(tokens, after, lexicon) : undefined;
      if (nextTerm !== undefined && controlLength + nextTerm.length > termLength) useControl = true;
    }
    if (control !== undefined && controlLength === termLength) {
      // Equal length: the control reading needs a term right after it ("dead calm", "no zoom").
      const after = index + controlLength;
      const nextTerm = after < tokens.length && covered[after] === 0 ? lexiconAt(tokens, after, lexicon) : undefined;
      const skipArticle = tokens[after]?.text === 'a' || tokens[after]?.text === 'the' ? lexiconAt(tokens, after + 1, lexicon) : undefined;
      useControl = nextTerm !== undefined || (control.type === 'negator' && skipArticle !== undefined);
    }
    if (useControl && control !== undefined) {
      const end = index + controlLength;
      byStart[index] =
        control.type === 'negator'
          ? { type: 'negator', start: index, end, key: control.words.join(' ') }
          : { type: 'intensifier', start: index, end, key: control.words.join(' '), factor: control.factor, variety: control.variety };
      index = end;
      continue;
    }
    if (term !== undefined) {
      // Stop a phrase at an already covered token (a duration inside it).
      let end = index + term.length;
      for (let inner = index; inner < end; inner += 1) if (covered[inner] === 1) end = inner;
      if (end > index) {
        const senses = lookupSenses(lexicon, term.key) ?? [];
        byStart[index] = { type: 'term', start: index, end, key: term.key, senses, route: term.route };
        index = end;
        continue;
      }
    }
    index += 1;
  }
  return byStart;
}

/**
 * A function word alone never takes a dictionary sense: WordNet's "or" (operating room), "shot" (shot
 * silk) or "it" (information technology) are not what a prompt means by them. Hand-written senses
 * (the built-in lexicon, colour names, the registry) still apply, and so do phrases ("shot on film").
 */
function functionWordGuard(hit: PhraseHit | undefined, token: Token, lexicon: Lexicon): PhraseHit | undefined {
  if (hit === undefined || hit.length !== 1 || !isFunctionWord(token.text)) return hit;
  const senses = lookupSenses(lexicon, hit.key) ?? [];
  return senses.every((sense) => sense.source === 'wordnet') ? undefined : hit;
}

/**
 * An intensifier modifies the word after it: one standing at the end of a clause ("by the way,", "turn
 * right.") or right after "the" ("the way", "the right") is a plain word, not an intensifier.
 */
function intensifierGuard(phrase: ControlPhrase | undefined, tokens: readonly Token[], index: number): ControlPhrase | undefined {
  if (phrase?.type !== 'intensifier') return phrase;
  const next = tokens[index + phrase.words.length];
  if (next === undefined || next.boundaryBefore) return undefined;
  if (tokens[index - 1]?.text === 'the' && !(tokens[index] as Token).boundaryBefore) return undefined;
  return phrase;
}

/** Whether a word is a function word (articles, pronouns, request phrasing, medium nouns). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word);
}
