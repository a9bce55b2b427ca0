import { z } from 'zod';
import { invalidInput } from '../errors/motionreg-error.js';
import { soundMixSchema } from '../contracts/common.js';
import { soundPrimitiveSchema, soundPrimitives } from '../origins/primitives.js';
import type { SoundPrimitive } from '../origins/primitives.js';
import { distinct, firstFreeName, slotPhrases } from './first-free-name.js';
import { clientSafeNames } from './denied-names.js';
import { soundWords } from './name-vocabulary.js';

/** What {@link nameSound} names a sound from: its measured properties. */
export const soundNamePropertiesSchema = z.object({
  /** The primitive with the largest share. */
  dominant: soundPrimitiveSchema,
  /** Shares 0–1 of each primitive. */
  mix: soundMixSchema,
  /** Loudness 0–100. */
  strengthPct: z.number().min(0).max(100),
  /** The measured pitch (spectral peak or centroid), if known; without it no pitch word is used. */
  frequencyHz: z.number().nonnegative().optional(),
});
export type SoundNameProperties = z.infer<typeof soundNamePropertiesSchema>;

/** A secondary primitive needs at least this share to colour the name ("hissing rumble"). */
const textureShare = 0.15;

function strengthTier(strengthPct: number): number {
  if (strengthPct < 15) return 0;
  if (strengthPct < 40) return 1;
  if (strengthPct < 70) return 2;
  return 3;
}

function pitchTier(frequencyHz: number): number {
  if (frequencyHz < 100) return 0;
  if (frequencyHz < 400) return 1;
  if (frequencyHz < 2000) return 2;
  if (frequencyHz < 6000) return 3;
  return 4;
}

/** Nouns for the dominant primitive, the ones that suit the measured pitch first ("hum" for a low tone). */
function nounsFor(dominant: SoundPrimitive, frequencyHz: number | undefined): readonly string[] {
  const nouns = soundWords.noun[dominant];
  if (dominant !== 'tone' || frequencyHz === undefined) return nouns;
  if (frequencyHz < 250) return ['hum', ...nouns.filter((noun) => noun !== 'hum')];
  if (frequencyHz >= 2000) return ['whistle', 'chime', ...nouns.filter((noun) => noun !== 'whistle' && noun !== 'chime')];
  return nouns;
}

/** The measured words in escalation order: each list plainest first, neighbouring tiers after the measured one. */
function neighbours<T>(tiers: readonly (readonly T[])[], tier: number): T[] {
  const ordered = [...tiers[tier]!];
  for (let distance = 1; distance < tiers.length; distance += 1) {
    for (const other of [tier - distance, tier + distance]) if (other >= 0 && other < tiers.length) ordered.push(...tiers[other]!);
  }
  return ordered;
}

/**
 * Every name {@link nameSound} would consider, best first (lazy). Escalation: pitch (if measured) or
 * strength with the noun ("low rumble", "soft rumble"); both ("soft low rumble"); with the texture of the
 * strongest secondary primitive ("soft hissing rumble"); then synonyms of each word; then the neighbouring
 * strength and pitch words; and last, pairs of these phrases joined by "over" ("low rumble over soft hiss").
 */
export function soundNameCandidates(properties: SoundNameProperties): Generator<string> {
  return clientSafeNames(unfilteredSoundNameCandidates(properties));
}

/** Every candidate of {@link soundNameCandidates}, before names a client could not be shown are skipped. */
function* unfilteredSoundNameCandidates(properties: SoundNameProperties): Generator<string> {
  const { dominant, mix, strengthPct, frequencyHz } = properties;
  const nouns = nounsFor(dominant, frequencyHz);
  const secondary = soundPrimitives
    .filter((primitive) => primitive !== dominant && mix[primitive] >= textureShare)
    .sort((first, second) => mix[second] - mix[first])[0];
  const texture = secondary === undefined ? [] : soundWords.texture[secondary];
  const loudness = dominant === 'silence' ? [...soundWords.stillness] : neighbours(soundWords.strength, strengthTier(strengthPct));
  const pitch = frequencyHz === undefined || dominant === 'silence' ? [] : neighbours(soundWords.pitch, pitchTier(frequencyHz));
  const measuredLoudness = loudness.slice(0, 3);
  const measuredPitch = pitch.slice(0, 3);

  function* phrases(loud: readonly string[], high: readonly string[]): Generator<string> {
    const shapes: (readonly (readonly string[])[])[] = [];
    if (high.length > 0) shapes.push([high, nouns]);
    shapes.push([loud, nouns]);
    if (high.length > 0) shapes.push([loud, high, nouns]);
    if (texture.length > 0) {
      shapes.push([texture, nouns]);
      shapes.push(high.length > 0 ? [high, texture, nouns] : [loud, texture, nouns]);
      if (high.length > 0) shapes.push([loud, high, texture, nouns]);
    }
    // First the plainest word of every shape, then synonyms, shape by shape.
    for (const shape of shapes) yield* slotPhrases(shape.map((slot) => slot.slice(0, 1)));
    for (const shape of shapes) yield* slotPhrases(shape);
  }

  const measured = [...distinct(phrases(measuredLoudness, measuredPitch))];
  yield* measured;
  const widened = [...distinct(phrases(loudness, pitch))].filter((phrase) => !measured.includes(phrase));
  yield* widened;
  // why: a finite vocabulary needs a last, much larger tier so that a busy registry still finds a free
  // name; pairing the sound's own phrases keeps every name built from measured words.
  if (secondary !== undefined) {
    const secondaryNouns = soundWords.noun[secondary];
    const secondaryPhrases = [...distinct(slotPhrases([loudness, secondaryNouns]))];
    for (const phrase of [...measured, ...widened]) for (const other of secondaryPhrases) yield `${phrase} over ${other}`;
  }
  const all = [...measured, ...widened];
  for (const phrase of all) for (const other of all) if (other !== phrase) yield `${phrase} and ${other}`;
}

/**
 * A unique, descriptive name for a sound from its measured properties: "low rumble", "bright hiss",
 * "soft tone", "deep hum", escalating as {@link soundNameCandidates} describes when a name is taken.
 * Every word is a curated English word. `taken` is read, not changed (lower-cased names in it also block; see `firstFreeName`). Throws `invalid_input` for bad
 * properties and `conflict` when every candidate is taken.
 *
 * @example
 * ```ts
 * nameSound({ dominant: 'rumble', mix: { silence: 0, rumble: 0.8, tone: 0.1, hiss: 0.1 }, strengthPct: 55, frequencyHz: 70 }, new Set());
 * // 'deep rumble'
 * ```
 */
export function nameSound(properties: SoundNameProperties, taken: ReadonlySet<string>): string {
  const parsed = soundNamePropertiesSchema.safeParse(properties);
  if (!parsed.success) {
    throw invalidInput('primitives', `nameSound needs measured sound properties ${JSON.stringify(properties)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return firstFreeName(soundNameCandidates(parsed.data), taken, `sound ${parsed.data.dominant}`);
}
