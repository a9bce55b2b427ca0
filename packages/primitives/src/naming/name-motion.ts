import { z } from 'zod';
import { invalidInput } from '../errors/motionreg-error.js';
import { motionDirectionSchema, motionRhythmSchema, motionSmoothnessSchema, motionSpeedSchema, motionSpeeds } from '../origins/origins.js';
import { distinct, firstFreeName, slotPhrases } from './first-free-name.js';
import { clientSafeNames } from './denied-names.js';
import { motionWords } from './name-vocabulary.js';

/** What {@link nameMotion} names a motion from: its measured properties (origin vocabulary values). */
export const motionNamePropertiesSchema = z.object({
  speed: motionSpeedSchema,
  /** Dominant direction of movement; unknown reads as `none`. */
  direction: motionDirectionSchema.optional(),
  rhythm: motionRhythmSchema.optional(),
  smoothness: motionSmoothnessSchema.optional(),
});
export type MotionNameProperties = z.infer<typeof motionNamePropertiesSchema>;

/**
 * Every name {@link nameMotion} would consider, best first (lazy). Escalation: speed word with the noun of
 * the direction at that speed ("slow drift"); then with the smoothness or rhythm word ("smooth slow
 * drift", "pulsing slow drift"), then both; then synonyms of each word; then the nouns of the
 * neighbouring speeds; and last, pairs of these phrases joined by "and".
 */
export function motionNameCandidates(properties: MotionNameProperties): Generator<string> {
  return clientSafeNames(unfilteredMotionNameCandidates(properties));
}

/** Every candidate of {@link motionNameCandidates}, before names a client could not be shown are skipped. */
function* unfilteredMotionNameCandidates(properties: MotionNameProperties): Generator<string> {
  const direction = properties.direction ?? 'none';
  const speedIndex = motionSpeeds.indexOf(properties.speed);
  const speedWords = motionWords.speed[properties.speed];
  const nouns = motionWords.noun[direction][properties.speed];
  const neighbourNouns = motionSpeeds
    .filter((speed) => Math.abs(motionSpeeds.indexOf(speed) - speedIndex) === 1)
    .flatMap((speed) => motionWords.noun[direction][speed])
    .filter((noun) => !(nouns as readonly string[]).includes(noun));
  const rhythm = properties.rhythm === undefined ? [] : motionWords.rhythm[properties.rhythm];
  const smoothness = properties.smoothness === undefined ? [] : motionWords.smoothness[properties.smoothness];

  const shapes: (readonly (readonly string[])[])[] = [[speedWords, nouns]];
  if (smoothness.length > 0) shapes.push([smoothness, speedWords, nouns]);
  if (rhythm.length > 0) shapes.push([rhythm, speedWords, nouns]);
  if (smoothness.length > 0 && rhythm.length > 0) shapes.push([smoothness, rhythm, speedWords, nouns]);
  if (rhythm.length > 0) shapes.push([rhythm, nouns]);
  if (smoothness.length > 0) shapes.push([smoothness, nouns]);

  function* phrases(nounList: readonly string[]): Generator<string> {
    const withNouns = shapes.map((shape) => [...shape.slice(0, -1), nounList]);
    for (const shape of withNouns) yield* slotPhrases(shape.map((slot) => slot.slice(0, 1)));
    for (const shape of withNouns) yield* slotPhrases(shape);
  }
  const own = [...distinct(phrases(nouns))];
  yield* own;
  const widened = neighbourNouns.length === 0 ? [] : [...distinct(phrases(neighbourNouns))].filter((phrase) => !own.includes(phrase));
  yield* widened;
  // why: a finite vocabulary needs a last, much larger tier so that a busy registry still finds a free name.
  const all = [...own, ...widened];
  for (const phrase of all) for (const other of all) if (other !== phrase) yield `${phrase} and ${other}`;
}

/**
 * A unique, descriptive name for a motion from its measured properties: "slow drift", "quick sweep",
 * "pulsing slow bloom", escalating as {@link motionNameCandidates} describes when a name is taken. Every
 * word is a curated English word. `taken` is read, not changed (lower-cased names in it also block; see `firstFreeName`).
 *
 * @example
 * ```ts
 * nameMotion({ speed: 'slow', direction: 'horizontal' }, new Set()); // 'slow drift'
 * nameMotion({ speed: 'fast', direction: 'horizontal' }, new Set()); // 'quick sweep'
 * ```
 */
export function nameMotion(properties: MotionNameProperties, taken: ReadonlySet<string>): string {
  const parsed = motionNamePropertiesSchema.safeParse(properties);
  if (!parsed.success) {
    throw invalidInput('primitives', `nameMotion needs measured motion properties ${JSON.stringify(properties)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return firstFreeName(motionNameCandidates(parsed.data), taken, `motion ${parsed.data.speed}`);
}
