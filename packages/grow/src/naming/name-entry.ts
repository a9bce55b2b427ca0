import { MotionregError, nameBlend, nameColor, nameMotion, nameSound } from '@motionreg/primitives';
import type { NamingHint } from '@motionreg/primitives';
import { NameSet } from '../core/name-set.js';

/** Joining words the vocabulary names use; they stay lower case inside a title ("Slow Drift and Quick Sweep"). */
const joiningWords = new Set(['and', 'over', 'with', 'into', 'of']);

/**
 * A name as the registries store it: each word starts with a capital (joining words excepted). Names
 * then never equal a word of the lower-case origin vocabulary, which keeps a rename's case-sensitive,
 * whole-word cascade away from vocabulary values such as "pan" or "calm".
 */
export function titleCaseName(name: string): string {
  return name
    .split(' ')
    .map((word, index) => (index > 0 && joiningWords.has(word) ? word : word.charAt(0).toLocaleUpperCase('en') + word.slice(1)))
    .join(' ');
}

/**
 * Names a new registry entry from what was measured, with the naming functions of
 * `@motionreg/primitives`: colours from the colour-name dataset (`nameColor`), sounds, motions and
 * other blends from their measured properties (`nameSound`, `nameMotion`, `nameBlend`), narrative
 * values from their own words. `taken` is compared without case, like the stores' unique name index.
 * Every name is words of letters, never a digit.
 *
 * @example
 * ```ts
 * nameEntry({ kind: 'color', rgb: [0, 128, 128] }, new Set());               // 'Teal'
 * nameEntry({ kind: 'motion', speed: 'slow', direction: 'horizontal' }, new Set()); // 'Slow Drift'
 * ```
 */
export function nameEntry(hint: NamingHint, taken: Set<string>): string {
  // why: the primitives' naming functions test `taken.has(candidate)` with their own casing; a
  // case-insensitive view makes them skip "Teal" when "teal" is stored.
  const view = taken instanceof NameSet ? taken : new NameSet(taken);
  switch (hint.kind) {
    case 'color':
      return nameColor(hint.rgb, view);
    case 'sound':
      return titleCaseName(nameSound({ dominant: hint.dominant, mix: hint.mix, strengthPct: hint.strengthPct, ...(hint.frequencyHz === undefined ? {} : { frequencyHz: hint.frequencyHz }) }, view));
    case 'motion':
      return withDetailFallback(() => nameMotion({ speed: hint.speed, ...(hint.direction === undefined ? {} : { direction: hint.direction }), ...(hint.rhythm === undefined ? {} : { rhythm: hint.rhythm }), ...(hint.smoothness === undefined ? {} : { smoothness: hint.smoothness }) }, view), hint.detail, 'motion', view);
    case 'blend':
      return withDetailFallback(() => nameBlend({ domain: hint.domain, depth: hint.depth }, view), hint.detail, hint.domain, view);
    case 'words':
      return nameFromWords(hint.words, hint.qualifiers, view);
  }
}

/**
 * Nouns for detail phrases, one per domain, none of them a noun the primitives' naming functions end a
 * name with: a detail phrase can then never take a name those functions would give.
 */
const detailNouns: Record<string, string> = {
  blends: 'mixture', color: 'colouring', lighting: 'lighting', motion: 'travel', camera: 'camerawork', gradient: 'gradation',
  composition: 'framing', temporal: 'pacing', transition: 'segue', sound: 'soundscape',
};

/**
 * The primitives' descriptive name; when a busy registry has taken every one of them, the detail
 * phrase (a word for every part of the entry's key, so no other entry of the aspect has it) with the
 * domain's detail noun.
 */
function withDetailFallback(name: () => string, detail: readonly string[] | undefined, domain: string, taken: ReadonlySet<string>): string {
  try {
    return titleCaseName(name());
  } catch (error) {
    if (!(MotionregError.isInstance(error) && error.code === 'conflict') || detail === undefined || detail.length === 0) throw error;
    const phrase = titleCaseName([...detail.map((word) => word.toLowerCase()), detailNouns[domain] ?? 'blend'].join(' '));
    if (!taken.has(phrase)) return phrase;
    throw new MotionregError('conflict', `cannot name ${domain} ${detail.join(' ')}: every descriptive name and its detail phrase are taken`, { component: 'grow' });
  }
}

/** The value's own words, then with each qualifier added in turn ("Calm", "Calm Mood", "Observed Calm Mood"). */
function nameFromWords(words: readonly string[], qualifiers: readonly string[], taken: ReadonlySet<string>): string {
  const base = words.map((word) => word.toLowerCase());
  const candidates = [base.join(' ')];
  for (let count = 1; count <= qualifiers.length; count += 1) {
    const extra = qualifiers.slice(0, count).map((word) => word.toLowerCase());
    // The first qualifier follows the words (an aspect noun); later ones go before (origin words).
    candidates.push([...extra.slice(1).reverse(), ...base, extra[0]!].join(' '));
  }
  for (const candidate of candidates) {
    const name = titleCaseName(candidate);
    if (!taken.has(name)) return name;
  }
  throw new MotionregError('conflict', `cannot name ${words.join(' ')}: every candidate is taken (${candidates.length} tried)`, { component: 'grow' });
}
