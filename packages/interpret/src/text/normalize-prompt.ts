import { invalidInput } from '@motionreg/primitives';

/** Prompts longer than this are refused: no English prompt needs it, and it bounds the work per call. */
export const maxPromptLength = 10_000;

const contractions: readonly [RegExp, string][] = [
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'is not'],
  [/\bshan't\b/g, 'shall not'],
  [/\b([a-z]+)n't\b/g, '$1 not'],
  // Scots negatives: "dinnae", "cannae", "wouldnae" → "do not", "can not", "would not".
  [/\b(din|can|wouldn|couldn|shouldn|did|does|is|was|have|has|widn|wid)nae\b/g, '$1 not'],
  [/\b(it|that|there|here|what|who|he|she|let)'s\b/g, '$1 is'],
  [/\b([a-z]+)'(re|ve|ll|d|m)\b/g, '$1'],
];

/**
 * Lower-cases and cleans a prompt for tokenising: Unicode NFKC, accents folded ("café" → "cafe"),
 * typographic quotes and dashes made plain, control characters, emoji and other symbols made
 * spaces, English contractions expanded ("don't" → "do not"). Keeps offsets irrelevant: spans are
 * reported in this normalised text.
 *
 * Throws `invalid_input` for a non-string, an empty or blank prompt, one over
 * {@link maxPromptLength} characters, or one with no letters or digits at all.
 */
export function normalizePrompt(raw: unknown): string {
  if (typeof raw !== 'string') {
    throw invalidInput('interpret', `cannot interpret ${raw === null ? 'null' : typeof raw}: a prompt must be a string`);
  }
  if (raw.trim().length === 0) {
    throw invalidInput('interpret', 'cannot interpret an empty prompt: describe the clip in words, e.g. "a slow pan over a misty forest"');
  }
  if (raw.length > maxPromptLength) {
    throw invalidInput('interpret', `cannot interpret a prompt of ${raw.length} characters: at most ${maxPromptLength} are accepted`);
  }
  let text = raw.normalize('NFKC').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  text = text
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/&/g, ' and ')
    // Anything that is not a letter, digit, space or the punctuation the tokeniser reads becomes a
    // space: control characters, emoji, symbols, other scripts' punctuation.
    .replace(/[^\p{L}\p{N}\s'".,;:!?()/\-%+]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Z}]+/gu, ' ');
  for (const [pattern, replacement] of contractions) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw invalidInput('interpret', 'cannot interpret a prompt with no words: it has only symbols, emoji or punctuation');
  }
  return text;
}
