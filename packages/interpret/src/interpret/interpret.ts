import { z } from 'zod';
import { invalidInput, knowledgeSchema, linguisticEntrySchema, parseOrThrow, type Instruction, type Knowledge, type LinguisticEntry } from '@motionreg/primitives';
import type { Sense } from '../lexicon/lexicon-types.js';
import type { Mapping } from '@motionreg/primitives';
import { createLexicon, isKnownWord, type Lexicon } from '../lexicon/lexicon.js';
import { scopeBreakers } from '../lexicon/modifiers.js';
import { posNoun } from '../lexicon/wordnet-index.js';
import { normalizePrompt } from '../text/normalize-prompt.js';
import { detectLanguage } from '../text/detect-language.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { assembleInstruction, type AssemblyInput, type ResolvedTerm } from './assemble-instruction.js';
import { isFunctionWord, matchTokens, wordForms, type Item } from './match-tokens.js';
import { chooseSense, tokenTags } from './resolve-senses.js';

/** Options of {@link interpret}. */
export interface InterpretOptions {
  /**
   * The grown linguistic registry (entries read through the store by the caller). Its entries are
   * merged over the built-in lexicon: a span it maps in a new way gains that meaning.
   * @default []
   */
  linguistic?: readonly LinguisticEntry[];
  /** Registry knowledge: learned colour names become colour words; its linguistic entries merge too. */
  knowledge?: Knowledge;
}

const optionsSchema = z.object({
  linguistic: z.array(linguisticEntrySchema).optional(),
  knowledge: knowledgeSchema.optional(),
});

const validatedOptions = new WeakMap<object, true>();

function checkOptions(options: InterpretOptions | undefined): InterpretOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw invalidInput('interpret', 'cannot read interpret options: expected an object');
  // Validating a large registry on every call would cost more than interpreting: check each
  // options object (and its arrays) once.
  const arrays: object[] = [];
  for (const value of [options.linguistic, options.knowledge] as unknown[]) if (typeof value === 'object' && value !== null) arrays.push(value);
  if (arrays.every((value) => validatedOptions.has(value))) return options;
  parseOrThrow(optionsSchema, options, { component: 'interpret', what: 'interpret options' });
  for (const value of arrays) validatedOptions.set(value, true);
  return options;
}

const subjectLexnames = new Set(['noun.animal', 'noun.artifact', 'noun.object', 'noun.plant', 'noun.person', 'noun.food', 'noun.substance', 'noun.body', 'noun.location', 'noun.phenomenon']);

/**
 * Interprets an English prompt (any standard: British, Scottish, Irish, Welsh, Australian, New
 * Zealand and American words and spellings, slang, intensifiers, negation, durations) into a typed
 * {@link Instruction}. Synchronous; after the first call (which loads the lexicon, ~50 ms) one
 * prompt takes well under a millisecond.
 *
 * Throws `MotionregError` with code `invalid_input` for an empty, over-long or wordless prompt or
 * invalid options, and never anything else.
 *
 * @example
 * ```ts
 * const instruction = interpret('a wee bit dreich, slow push in on a loch at the gloaming, no music');
 * instruction.camera.motion; // 'dolly'
 * instruction.avoid.presence; // ['music']
 * ```
 */
export function interpret(prompt: string, options?: InterpretOptions): Instruction {
  const checked = checkOptions(options);
  const text = normalizePrompt(prompt);
  const lexicon = createLexicon(checked.linguistic ?? [], checked.knowledge);
  return interpretNormalized(text, lexicon);
}

/** The pipeline after normalisation; shared with the prompt generator, which reuses one lexicon. */
export function interpretNormalized(text: string, lexicon: Lexicon): Instruction {
  const tokens = tokenize(text);
  const language = detectLanguage(tokens);
  if (!language.english) {
    // Reading stray words of another language as English ("coucher" → a couch → interior) would make
    // up a scene: say so, and set nothing from the words.
    const instruction = assembleInstruction({
      prompt: text, tokens, terms: [], durations: [], tempos: [], controls: [], subjects: [],
      unknown: tokens.filter((token) => !token.isNumber).map((token) => token.text), glosses: [], lexicon,
    });
    return { ...instruction, warnings: [{ code: 'not_english', message: `[motionreg:interpret] the prompt does not read as English (${language.foreign.slice(0, 5).join(', ')}); nothing was set from its words` }] };
  }
  const byStart = matchTokens(tokens, lexicon);
  const items = byStart.filter((item): item is Item => item !== undefined);
  const tags = tokenTags(tokens, items, lexicon.wordnet);
  const spanOf = (start: number, end: number): string => text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0);

  const terms: ResolvedTerm[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const item of items) {
    covered.fill(1, item.start, item.end);
    if (item.type !== 'term') continue;
    const sense: Sense | undefined = chooseSense(item, tokens, tags, lexicon);
    if (sense === undefined) {
      // No sense fits here ("still" as in "yet"): the words are read as plain English.
      covered.fill(0, item.start, item.end);
      continue;
    }
    terms.push({ item, sense, negated: false, factor: 1, span: spanOf(item.start, item.end) });
  }
  applyControls(items, terms, tokens);

  const subjects: { span: string; lemma: string }[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    if (covered[token.index] === 1 || token.isNumber || isFunctionWord(token.text)) continue;
    // "music-free", "shake-free": the suffix was read as negation already.
    if (token.text === 'free' && token.hyphenBefore) continue;
    const forms = wordForms(token.text, lexicon);
    const lemma = [token.text, ...forms.lemmas].find((candidate) => lexicon.wordnet.words.has(candidate));
    const info = lemma === undefined ? undefined : lexicon.wordnet.words.get(lemma);
    if (lemma !== undefined && info !== undefined && (info.pos & posNoun) !== 0 && info.nounLexname !== undefined && subjectLexnames.has(info.nounLexname)) {
      subjects.push({ span: token.text, lemma });
    } else if (!isFunctionWord(lemma ?? '')) {
      unknown.push(token.text);
    }
  }

  const glosses = findGlosses(text, tokens, terms, unknown, lexicon);
  const glossed = new Set(glosses.map((gloss) => gloss.span));

  const input: AssemblyInput = {
    prompt: text,
    tokens,
    terms,
    durations: items.filter((item): item is Extract<Item, { type: 'duration' }> => item.type === 'duration'),
    tempos: items.filter((item): item is Extract<Item, { type: 'bpm' }> => item.type === 'bpm'),
    controls: items
      .filter((item): item is Extract<Item, { type: 'negator' | 'intensifier' }> => item.type === 'negator' || item.type === 'intensifier')
      .map((item) => ({ item, span: spanOf(item.start, item.end) })),
    subjects,
    unknown: unknown.filter((word) => !glossed.has(word)),
    glosses,
    lexicon,
  };
  return assembleInstruction(input);
}

/** The broad field group of a term, so "no zoom or pan" negates both but "no zoom and a slow drift" only zoom. */
function groupOf(term: ResolvedTerm): string {
  return term.sense.effects[0]?.domain.split('.')[0] ?? '';
}

/**
 * Negation scope and intensifiers. A negator ("no", "not", "without", "nae", "less") covers the
 * terms after it until a clause boundary: punctuation, a scope-breaking word ("but", "just"),
 * "and"/"with" followed by a term of another field group, or six words. "-free" negates the term
 * before it. An intensifier scales the next term within two words.
 */
function applyControls(items: readonly Item[], terms: ResolvedTerm[], tokens: readonly Token[]): void {
  const termAt = new Map<number, ResolvedTerm>();
  for (const term of terms) termAt.set(term.item.start, term);
  for (const item of items) {
    if (item.type === 'intensifier') {
      for (let index = item.end; index < Math.min(tokens.length, item.end + 3); index += 1) {
        const term = termAt.get(index);
        if (term !== undefined) {
          term.factor *= item.factor;
          break;
        }
        if (tokens[index]?.boundaryBefore === true) break;
      }
    }
    if (item.type !== 'negator') continue;
    let first: ResolvedTerm | undefined;
    let index = item.end;
    const limit = Math.min(tokens.length, item.end + 7);
    while (index < limit) {
      const token = tokens[index] as Token;
      if (index > item.end && token.boundaryBefore) {
        // A comma list of the same kind continues when it ends in "or"/"nor" ("no reds, oranges or pinks");
        // otherwise the comma starts a new clause ("no bright colours, muted greys").
        const next = termAt.get(index);
        let listEndsInOr = false;
        for (let ahead = index + 1; ahead < limit && !tokens[ahead]?.boundaryBefore; ahead += 1) {
          if (tokens[ahead]?.text === 'or' || tokens[ahead]?.text === 'nor') listEndsInOr = true;
        }
        if (first === undefined || next === undefined || groupOf(next) !== groupOf(first) || !listEndsInOr) break;
      }
      if (first !== undefined && scopeBreakers.has(token.text)) break;
      if (first !== undefined && (token.text === 'and' || token.text === 'with' || token.text === 'in' || token.text === 'on')) {
        let lookahead = index + 1;
        while (lookahead < tokens.length && termAt.get(lookahead) === undefined && lookahead - index < 3) lookahead += 1;
        const next = termAt.get(lookahead);
        const article = tokens[index + 1]?.text === 'a' || tokens[index + 1]?.text === 'an' || tokens[index + 1]?.text === 'the';
        if (next === undefined || groupOf(next) !== groupOf(first) || article) break;
      }
      const term = termAt.get(index);
      if (term !== undefined) {
        term.negated = true;
        first ??= term;
        index = term.item.end;
        continue;
      }
      index += 1;
    }
  }
  // "music-free", "shake-free"
  for (const token of tokens) {
    if (token.text !== 'free' || !token.hyphenBefore) continue;
    const before = terms.find((term) => term.item.end === token.index);
    if (before !== undefined) before.negated = true;
  }
}

const glossWords: readonly (readonly string[])[] = [
  ['which', 'means'], ['that', 'is'], ['as', 'in'], ['i', 'e'], ['meaning'], ['means'], ['aka'], ['ie'], ['like'], ['or'],
];

/**
 * Explanations a prompt gives for a word nothing understood: "skrrt (meaning really fast)",
 * "make it zoomin, i.e. quick", "a bit wabbit - tired and slow". The glossed word takes the
 * meanings of the explanation's terms, as mappings of kind `slang` (or `synonym` when the word is
 * English); the registry can grow them so later prompts understand the word alone.
 */
function findGlosses(text: string, tokens: readonly Token[], terms: readonly ResolvedTerm[], unknown: readonly string[], lexicon: Lexicon): Mapping[] {
  const glosses: Mapping[] = [];
  if (unknown.length === 0) return glosses;
  const unknownWords = new Set(unknown);
  for (const token of tokens) {
    if (!unknownWords.has(token.text)) continue;
    const next = tokens[token.index + 1];
    if (next === undefined) continue;
    const between = text.slice(token.end, next.start);
    let start = -1;
    if (/[(:=]|\s-\s/.test(between)) start = next.index;
    else {
      for (const words of glossWords) {
        if (words.every((word, offset) => tokens[token.index + 1 + offset]?.text === word)) {
          // "like" and "or" explain only right after punctuation or a bracket: "fast, like lightning" is not a gloss.
          if ((words[0] === 'like' || words[0] === 'or') && !/[,(]/.test(between)) continue;
          start = token.index + 1 + words.length;
          break;
        }
      }
    }
    if (start < 0) continue;
    let end = Math.min(tokens.length, start + 6);
    for (let index = start + 1; index < end; index += 1) if (tokens[index]?.boundaryBefore === true) end = index;
    const kind = isKnownWord(lexicon, token.text) ? 'synonym' : 'slang';
    for (const term of terms) {
      if (term.item.start < start || term.item.start >= end || term.negated) continue;
      for (const effect of term.sense.effects) {
        if (effect.domain === 'subject') continue;
        glosses.push({ span: token.text, canonical: effect.canonical, domain: effect.domain, kind });
      }
    }
  }
  return glosses;
}
