import {
  MotionregError, blendNameCandidates, colorNameCandidates, entryNamePattern, motionNameCandidates, soundNameCandidates,
} from '@motionreg/primitives';
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
 * Nouns for detail phrases, one per domain, none of them a noun the primitives' naming functions end a
 * name with: a detail phrase can then never be a name those functions would give another entry.
 */
const detailNouns: Record<string, string> = {
  blends: 'mixture', color: 'colouring', lighting: 'lighting', motion: 'travel', camera: 'camerawork', gradient: 'gradation',
  composition: 'framing', temporal: 'pacing', transition: 'segue', sound: 'soundscape',
};

/**
 * A vocabulary's candidates (a few hundred at most), then the detail phrase: a word for every part of
 * the entry's key, so no other entry of its aspect has it. Phrases joined by "and" come after the detail
 * phrase, being the least readable.
 */
function* withDetail(candidates: Iterable<string>, detail: readonly string[] | undefined, domain: string): Generator<string> {
  const all = [...candidates].map(titleCaseName);
  yield* all.filter((name) => !name.includes(' and '));
  if (detail !== undefined && detail.length > 0) yield titleCaseName([...detail.map((word) => word.toLowerCase()), detailNouns[domain] ?? 'blend'].join(' '));
  yield* all.filter((name) => name.includes(' and '));
}

/** The value's own words, then with each qualifier added in turn ("Calm", "Calm Mood", "Observed Calm Mood"). */
function* wordCandidates(words: readonly string[], qualifiers: readonly string[]): Generator<string> {
  const base = words.map((word) => word.toLowerCase());
  yield titleCaseName(base.join(' '));
  for (let count = 1; count <= qualifiers.length; count += 1) {
    const extra = qualifiers.slice(0, count).map((word) => word.toLowerCase());
    // The first qualifier follows the words (an aspect noun); later ones go before (origin words).
    yield titleCaseName([...extra.slice(1).reverse(), ...base, extra[0]!].join(' '));
  }
}

function* titled(candidates: Iterable<string>): Generator<string> {
  for (const candidate of candidates) yield titleCaseName(candidate);
}

function* usable(candidates: Iterable<string>): Generator<string> {
  for (const candidate of candidates) if (entryNamePattern.test(candidate)) yield candidate;
}

/**
 * Every name a new registry entry may take, best first (lazy), from what was measured, with the naming
 * of `@motionreg/primitives`: colours from the colour-name dataset (`colorNameCandidates`), sounds,
 * motions and other blends from their measured properties (`soundNameCandidates`,
 * `motionNameCandidates`, `blendNameCandidates`, then the hint's detail phrase), narrative values from
 * their own words. Every name is words of letters, never a digit. A store takes the first candidate no
 * entry has (compared without case), checking them in batches.
 */
export function nameCandidates(hint: NamingHint): Iterable<string> {
  switch (hint.kind) {
    case 'color':
      return usable(colorNameCandidates(hint.rgb));
    case 'sound':
      return usable(titled(soundNameCandidates({ dominant: hint.dominant, mix: hint.mix, strengthPct: hint.strengthPct, ...(hint.frequencyHz === undefined ? {} : { frequencyHz: hint.frequencyHz }) })));
    case 'motion':
      return usable(withDetail(motionNameCandidates({ speed: hint.speed, ...(hint.direction === undefined ? {} : { direction: hint.direction }), ...(hint.rhythm === undefined ? {} : { rhythm: hint.rhythm }), ...(hint.smoothness === undefined ? {} : { smoothness: hint.smoothness }) }), hint.detail, 'motion'));
    case 'blend':
      return usable(withDetail(blendNameCandidates({ domain: hint.domain, depth: hint.depth }), hint.detail, hint.domain));
    case 'words':
      return usable(wordCandidates(hint.words, hint.qualifiers));
  }
}

/**
 * The first of {@link nameCandidates} not in `taken` (compared without case, like the stores' unique
 * name index). Throws `conflict` when every candidate is taken.
 *
 * @example
 * ```ts
 * nameEntry({ kind: 'color', rgb: [0, 128, 128] }, new Set());                      // 'Teal'
 * nameEntry({ kind: 'motion', speed: 'slow', direction: 'horizontal' }, new Set()); // 'Slow Drift'
 * ```
 */
export function nameEntry(hint: NamingHint, taken: ReadonlySet<string>): string {
  const view = taken instanceof NameSet ? taken : new NameSet(taken);
  for (const candidate of nameCandidates(hint)) if (!view.has(candidate)) return candidate;
  throw new MotionregError('conflict', `cannot name this ${hint.kind}: every candidate name is taken`, { component: 'grow' });
}
