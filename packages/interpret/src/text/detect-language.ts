import type { Token } from './tokenize.js';

/**
 * Function words of the languages a prompt is most often written in besides English (French, Spanish,
 * Italian, Portuguese, German, Dutch), leaving out every word that is also an English word a prompt
 * could use ("die", "an", "in", "so", "man", "was", "a", "la" as in LA). Function words and not content
 * words, because they are few, frequent in any sentence and say nothing about the scene.
 */
const foreignFunctionWords = new Set(
  (
    // French
    'le les des du de un une et est sur dans avec pour sous aux ce cette ces qui que sont elle nous vous leur leurs ' +
    'mon ma mes ta tes sa ses tres mais ou au entre vers chez ' +
    // Spanish and Portuguese
    'el los las del al y por para sobre bajo una unos unas es muy pero como entre hacia ' +
    'uma os das dos na nas nos em com sem sob pelo pela ' +
    // Italian
    'il gli della delle dei degli nel nella nei sulla sul tra fra che molto ' +
    // German
    'der das dem des ein eine einer einem einen und ist im auf mit bei unter zum zur sehr nicht oder ' +
    // Dutch
    'het een en op bij naar onder boven zeer niet'
  ).split(' '),
);

/** English function words that vote for English (the few that stand in almost any English sentence). */
const englishFunctionWords = new Set(
  'a an the of in on at to from with and or but is are was were be this that these those it its over under into through across for by as than then very'.split(' '),
);

/** What {@link detectLanguage} found: whether the prompt reads as English, and the words that say otherwise. */
export interface LanguageReading {
  english: boolean;
  /** Words read as another language (function words) or another script. */
  foreign: string[];
}

/**
 * Whether a prompt reads as English. Not English when most of its letters are of a script other than
 * Latin (Cyrillic, CJK, Arabic…: checked with Unicode script properties, not a list of letters), or when
 * at least two words are other languages' function words and they outnumber its English function words
 * ("coucher de soleil sur la mer": de, sur; "ein Hund im Park": ein, im). A few foreign words in an English
 * sentence ("a café vibe, très chic") leave it English.
 */
export function detectLanguage(tokens: readonly Token[]): LanguageReading {
  let letters = 0;
  let latin = 0;
  const otherScript: string[] = [];
  for (const token of tokens) {
    let tokenOther = false;
    for (const char of token.text) {
      if (!/\p{L}/u.test(char)) continue;
      letters += 1;
      if (/\p{Script=Latin}/u.test(char)) latin += 1;
      else tokenOther = true;
    }
    if (tokenOther) otherScript.push(token.text);
  }
  if (letters > 0 && latin < letters / 2) return { english: false, foreign: otherScript };
  const foreign = tokens.filter((token) => foreignFunctionWords.has(token.text)).map((token) => token.text);
  const english = tokens.filter((token) => englishFunctionWords.has(token.text)).length;
  return foreign.length >= 2 && foreign.length > english ? { english: false, foreign } : { english: true, foreign: [] };
}
