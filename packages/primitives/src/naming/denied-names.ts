/**
 * Names a person could not show to a client. Registry names come from color-name-list (real colour names)
 * and motionreg's own vocabulary; a few dataset names are political ("Tory Blue", "Trump Tan"), religious
 * ("God of Rain", "Holy Water"), ethnic ("Indian Princess", "Green Savage") or crude ("Nipple", "Snot"), and
 * one hides a letter of another script ("RedЯum": a Cyrillic Я in a Latin name). Every name generator of
 * `@motionreg/primitives` skips them, so they are never given.
 *
 * Words are matched whole, case- and accent-insensitively, after splitting a name at spaces, hyphens and
 * apostrophes ("Devil’s Plum" → devil). The lists name what the dataset holds (checked against
 * color-name-list 14) plus the obvious ones a later dataset version could add. Words with an everyday sense
 * that dominates in colour names stay allowed: "blood" (Blood Orange), "dead" (Dead Sea), "witch" (Witch
 * Hazel), "angel", "heaven", "weed" (Garden Weed), "indian" (Indian Ocean, Indian Red).
 */
const deniedWordList = {
  political: [
    'trump', 'biden', 'obama', 'putin', 'stalin', 'lenin', 'hitler', 'nazi', 'fascist', 'communist', 'commie', 'soviet', 'ussr', 'reich',
    'democrat', 'republican', 'tory', 'labour', 'maga', 'brexit', 'confederate', 'kkk', 'klan', 'isis', 'taliban', 'jihad', 'crusade',
    'crusader', 'lynch', 'lynching', 'plantation', 'slave', 'slavery', 'genocide', 'holocaust', 'swastika', 'terrorist', 'liberal',
  ],
  religious: [
    'god', 'gods', 'goddess', 'goddesses', 'allah', 'jesus', 'christ', 'buddha', 'muhammad', 'mohammed', 'prophet', 'satan', 'satanic',
    'lucifer', 'devil', 'devils', 'demon', 'hell', 'holy', 'sin', 'sinful', 'church', 'bible', 'biblical', 'quran', 'koran', 'torah',
    'zion', 'mecca', 'vatican', 'pope', 'islamic', 'muslim', 'hindu', 'sikh', 'jewish', 'christian', 'catholic', 'amish', 'mormon',
    'voodoo', 'occult',
  ],
  ethnic: ['savage', 'gypsy', 'gipsy', 'eskimo', 'oriental', 'redskin', 'squaw', 'negro', 'negress', 'mulatto', 'coolie', 'pygmy'],
  crude: [
    'bastard', 'bloody', 'bitch', 'fuck', 'shit', 'piss', 'crap', 'arse', 'ass', 'dick', 'cock', 'cum', 'nipple', 'nipples', 'boob', 'boobs',
    'tits', 'nude', 'naked', 'sexy', 'sex', 'porn', 'kinky', 'fetish', 'hooker', 'whore', 'slut', 'booty', 'snot', 'booger', 'puke', 'vomit',
    'fart', 'turd', 'poop', 'drunk', 'sleazebag', 'opium', 'cocaine', 'heroin', 'murder', 'killer', 'suicide', 'rape',
  ],
} as const;

/** Whole names denied although none of their words is (stereotypes made of ordinary words). */
const deniedWholeNames = ['indian princess', 'indian dance'] as const;

const deniedWords: ReadonlySet<string> = new Set(Object.values(deniedWordList).flat());
const deniedNames: ReadonlySet<string> = new Set(deniedWholeNames);

/** Lower case, accents folded: "Déesse" and "DEVIL" compare as "deesse" and "devil". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('en');
}

/**
 * Whether a letter of the name is of a script other than Latin (Cyrillic Я, Greek Ο, …): checked with the
 * Unicode Script property, so no list of look-alike letters can be incomplete.
 */
export function hasNonLatinLetter(name: string): boolean {
  for (const char of name) if (/\p{L}/u.test(char) && !/\p{Script=Latin}/u.test(char)) return true;
  return false;
}

/** Why a name is denied (`null` when it may be given): one of the word lists, a whole name, or `script`. */
export function deniedReason(name: string): keyof typeof deniedWordList | 'name' | 'script' | null {
  if (hasNonLatinLetter(name)) return 'script';
  const folded = fold(name).trim();
  if (deniedNames.has(folded.replace(/\s+/g, ' '))) return 'name';
  for (const word of folded.split(/[\s\-'’‘`.,]+/u)) {
    if (word.length === 0 || !deniedWords.has(word)) continue;
    for (const [list, words] of Object.entries(deniedWordList) as [keyof typeof deniedWordList, readonly string[]][]) if (words.includes(word)) return list;
  }
  return null;
}

/** Whether a name must never be given (see the module notes). */
export function isDeniedName(name: string): boolean {
  return deniedReason(name) !== null;
}

/** The names of `candidates` that may be given, lazily, in order. */
export function* clientSafeNames(candidates: Iterable<string>): Generator<string> {
  for (const candidate of candidates) if (!isDeniedName(candidate)) yield candidate;
}
