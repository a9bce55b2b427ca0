/** A word or number of a normalised prompt. */
export interface Token {
  /** The token text: lower-case letters (with inner apostrophes) or a decimal number. */
  text: string;
  index: number;
  /** Character offsets in the normalised prompt. */
  start: number;
  end: number;
  isNumber: boolean;
  /** Joined to the previous token by a hyphen with no spaces ("lo-fi", "three-second"). */
  hyphenBefore: boolean;
  /** Punctuation or a bracket separates it from the previous token: a clause boundary for negation. */
  boundaryBefore: boolean;
}

const tokenPattern = /\d+(?:\.\d+)?|\p{L}+(?:'\p{L}+)*|[-,;:.!?()"/+%]/gu;
const boundaries = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', '/', '+']);

/** Splits a normalised prompt into word and number tokens, recording hyphen joins and clause punctuation. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let hyphenPending = false;
  let boundaryPending = false;
  let previousEnd = -1;
  for (const match of text.matchAll(tokenPattern)) {
    const value = match[0];
    const start = match.index;
    if (value === '-') {
      // A hyphen glued on both sides joins words; a spaced one is a dash, i.e. a clause boundary.
      const glued = start === previousEnd && text[start + 1] !== undefined && text[start + 1] !== ' ';
      if (glued) hyphenPending = true;
      else boundaryPending = true;
      continue;
    }
    if (value === '%') continue;
    if (boundaries.has(value)) {
      boundaryPending = true;
      hyphenPending = false;
      continue;
    }
    const isNumber = value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57;
    tokens.push({
      text: value,
      index: tokens.length,
      start,
      end: start + value.length,
      isNumber,
      // "8s" and "12sec" arrive as two tokens with no gap: treat like a hyphen join.
      hyphenBefore: hyphenPending || (start === previousEnd && tokens.length > 0),
      boundaryBefore: boundaryPending,
    });
    hyphenPending = false;
    boundaryPending = false;
    previousEnd = start + value.length;
  }
  return tokens;
}
