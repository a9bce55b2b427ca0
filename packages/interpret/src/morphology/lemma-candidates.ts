/**
 * Base forms a word may come from, most likely first, following WordNet's `morphy` detachment
 * rules (plurals, -ing, -ed, comparatives) plus the derivations prompts use for manner and quality:
 * -ly adverbs ("slowly"), -y adjectives ("glowy", "sunsetty"), -ish ("reddish") and -ness.
 * `exceptions` is WordNet's exception list ("went" → "go", "darker" is regular, "bigger" → "big").
 * The caller keeps the first candidate its lexicon knows.
 */
export function lemmaCandidates(word: string, exceptions: ReadonlyMap<string, string>): string[] {
  const candidates: string[] = [];
  const push = (candidate: string): void => {
    if (candidate.length >= 2 && candidate !== word && !candidates.includes(candidate)) candidates.push(candidate);
  };
  const exception = exceptions.get(word);
  if (exception !== undefined) push(exception);
  if (word.endsWith("'s")) push(word.slice(0, -2));
  if (word.endsWith("s'")) push(word.slice(0, -1));
  for (const [suffix, replacement] of detachments) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length) + replacement;
      push(stem);
      // "panning" → "pann" → "pan", "hotter" → "hott" → "hot"
      if (replacement === '' && stem.length >= 3 && stem.at(-1) === stem.at(-2)) push(stem.slice(0, -1));
    }
  }
  return candidates;
}

/** Suffix → replacement, tried in order. The first lines are morphy's; the rest derivations. */
const detachments: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ying', 'ie'],
  ['ing', 'e'],
  ['ing', ''],
  ['in', ''],
  ['in', 'e'],
  ['iest', 'y'],
  ['ier', 'y'],
  ['est', 'e'],
  ['est', ''],
  ['er', 'e'],
  ['er', ''],
  ['ily', 'y'],
  ['ally', ''],
  ['ly', 'le'],
  ['ly', ''],
  ['ness', ''],
  ['iness', 'y'],
  ['ish', 'e'],
  ['ish', ''],
  ['ey', ''],
  ['y', 'e'],
  ['y', ''],
];
