import { z } from 'zod';
import { invalidInput } from '../errors/motionreg-error.js';
import { distinct, firstFreeName, slotPhrases } from './first-free-name.js';
import { clientSafeNames } from './denied-names.js';
import { blendWords, isKnownNameWord } from './name-vocabulary.js';

const blendDomains = Object.keys(blendWords.noun) as (keyof typeof blendWords.noun)[];

/** What {@link nameBlend} names a blend from: its domain and its depth (measured composition). */
export const blendNamePropertiesSchema = z.object({
  /** The blend's domain; picks the noun ("glow" for lighting, "blend" for a full blend). @default 'blends' */
  domain: z.enum(blendDomains as [keyof typeof blendWords.noun, ...(keyof typeof blendWords.noun)[]]).optional(),
  /**
   * The blend's depth: percentages by primitive, keyed `domain.value` or `value` with origin values
   * (`{ 'motion.slow': 40, 'lighting.flat': 35, 'color.gray': 25 }`).
   */
  depth: z.record(z.string().min(1), z.number().min(0).max(100)),
});
export type BlendNameProperties = z.infer<typeof blendNamePropertiesSchema>;

const maxAdjectives = 4;

/** The adjective for an origin value: the curated one, or the value's own words when all are known. */
export function blendAdjective(value: string): string | undefined {
  const mapped = blendWords.adjective[value];
  if (mapped !== undefined) return mapped;
  const words = value.split(/[_\s]+/u).filter((word) => word.length > 0);
  return words.length > 0 && words.every((word) => /^\p{L}+$/u.test(word) && isKnownNameWord(word)) ? words.join(' ').toLowerCase() : undefined;
}

/**
 * Every name {@link nameBlend} would consider, best first (lazy). The adjectives of the depth's largest
 * components (up to four, largest first) go before the domain's noun: the largest ("slow blend"), the
 * two largest ("slow flat blend"), three, four, then the other subsets of them; then the noun's synonyms;
 * and last, pairs of these phrases joined by "and".
 */
export function blendNameCandidates(properties: BlendNameProperties): Generator<string> {
  return clientSafeNames(unfilteredBlendNameCandidates(properties));
}

/** Every candidate of {@link blendNameCandidates}, before names a client could not be shown are skipped. */
function* unfilteredBlendNameCandidates(properties: BlendNameProperties): Generator<string> {
  const nouns = blendWords.noun[properties.domain ?? 'blends'];
  const components = Object.entries(properties.depth)
    .filter(([, pct]) => pct > 0)
    .sort(([firstKey, first], [secondKey, second]) => second - first || firstKey.localeCompare(secondKey));
  const adjectives = [
    ...distinct(components.map(([key]) => blendAdjective(key.slice(key.lastIndexOf('.') + 1))).filter((word): word is string => word !== undefined)),
  ].slice(0, maxAdjectives);

  // The prefixes of the largest-first adjectives come first ("slow", "slow flat", ...), then every other
  // subset by size, each keeping the largest-first order.
  const subsets: string[][] = adjectives.map((_, index) => adjectives.slice(0, index + 1));
  for (let size = 1; size <= adjectives.length; size += 1) {
    const choose = (start: number, picked: string[]): void => {
      if (picked.length === size) {
        if (picked.some((word, index) => word !== adjectives[index])) subsets.push(picked);
        return;
      }
      for (let index = start; index < adjectives.length; index += 1) choose(index + 1, [...picked, adjectives[index]!]);
    };
    choose(0, []);
  }
  const phrases = [
    ...distinct(
      (function* () {
        if (subsets.length === 0) yield* nouns;
        for (const noun of nouns) for (const subset of subsets) yield* slotPhrases([...subset.map((adjective) => [adjective]), [noun]]);
      })(),
    ),
  ];
  yield* phrases;
  // why: a finite vocabulary needs a last, much larger tier so that a busy registry still finds a free name.
  for (const phrase of phrases) for (const other of phrases) if (other !== phrase) yield `${phrase} and ${other}`;
}

/**
 * A unique, descriptive name for a blend from its measured composition: the adjectives of its largest
 * depth components before a noun of its domain ("slow flat blend", "golden warm glow", "panning wide
 * shot"), escalating as {@link blendNameCandidates} describes when a name is taken. Every word is a
 * curated English word or a known word. `taken` is read, not changed (lower-cased names in it also block; see `firstFreeName`).
 *
 * @example
 * ```ts
 * nameBlend({ domain: 'lighting', depth: { 'lighting.golden_hour': 60, 'lighting.warm': 40 } }, new Set());
 * // 'golden light'
 * ```
 */
export function nameBlend(properties: BlendNameProperties, taken: ReadonlySet<string>): string {
  const parsed = blendNamePropertiesSchema.safeParse(properties);
  if (!parsed.success) {
    throw invalidInput('primitives', `nameBlend needs a domain and depth ${JSON.stringify(properties)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return firstFreeName(blendNameCandidates(parsed.data), taken, `blend ${parsed.data.domain ?? 'blends'}`);
}
