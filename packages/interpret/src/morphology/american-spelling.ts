/**
 * British, Irish, Scottish and Australian spellings in their American form, by rule (colour →
 * color, centre → center, realise → realize, analyse → analyze, travelled → traveled, aesthetic
 * stays) plus the irregular ones no rule covers. The interpreter tries the American form when the
 * word itself is not in the lexicon, and reports the match as kind `spelling`.
 */
export function americanSpellings(word: string): string[] {
  const result: string[] = [];
  const irregular = irregularSpellings.get(word);
  if (irregular !== undefined) result.push(irregular);
  for (const [pattern, replacement] of spellingRules) {
    if (pattern.test(word)) {
      const candidate = word.replace(pattern, replacement);
      if (candidate !== word && !result.includes(candidate)) result.push(candidate);
    }
  }
  return result;
}

const spellingRules: readonly (readonly [RegExp, string])[] = [
  [/our(s|ful|fully|ed|ing|ite|ites|less|ation)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/([^aeiou])tre(s?)$/, '$1ter$2'],
  [/ogue(s?)$/, 'og$1'],
  [/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/ae/, 'e'],
  [/oe/, 'e'],
  [/ence$/, 'ense'],
];

/** Spellings no rule covers, and the ones whose rule WordNet cannot confirm. */
export const irregularSpellings: ReadonlyMap<string, string> = new Map(Object.entries({
  grey: 'gray',
  greys: 'grays',
  greyish: 'grayish',
  greyscale: 'grayscale',
  cosy: 'cozy',
  cosier: 'cozier',
  cosiest: 'coziest',
  mould: 'mold',
  mouldy: 'moldy',
  programme: 'program',
  tyre: 'tire',
  kerb: 'curb',
  plough: 'plow',
  sceptical: 'skeptical',
  jewellery: 'jewelry',
  aluminium: 'aluminum',
  pyjamas: 'pajamas',
  storey: 'story',
  storeys: 'stories',
  whisky: 'whiskey',
  draught: 'draft',
  doughnut: 'donut',
  cheque: 'check',
  gaol: 'jail',
  manoeuvre: 'maneuver',
  artefact: 'artifact',
  ageing: 'aging',
  lustre: 'luster',
  sombre: 'somber',
  theatre: 'theater',
  centre: 'center',
  metre: 'meter',
  kilometre: 'kilometer',
  fibre: 'fiber',
  spectre: 'specter',
  sabre: 'saber',
  litre: 'liter',
  colour: 'color',
  colours: 'colors',
  coloured: 'colored',
  colourful: 'colorful',
  rumour: 'rumor',
  vapour: 'vapor',
  vapourwave: 'vaporwave',
  moustache: 'mustache',
  anaesthetic: 'anesthetic',
  encyclopaedia: 'encyclopedia',
  analogue: 'analog',
  catalogue: 'catalog',
  dialogue: 'dialog',
  neighbourhood: 'neighborhood',
  favourite: 'favorite',
  realise: 'realize',
  stabilised: 'stabilized',
  stabilise: 'stabilize',
}));
