import type {
  AudioMood, AudioPresence, AudioTempo, ColorTemperature, ContrastRatio, LightingPreset, RegistryEntry, SoundPrimitive, Tone,
} from '@motionreg/primitives';
import type { PoolItem } from './choice-pool.js';

/**
 * Which values of one field belong to the concept of an asked value of another (seed 003 §7.1: the concept
 * is kept by which values enter the pool). A pool keeps only these values (and any the registry has seen
 * together with the asked value); a field the prompt asked nothing about keeps its whole pool.
 */
export const conceptTables = {
  /** Light a preset is made of: golden hour is warm, noir neutral or cold and hard. */
  presetTemperatures: {
    neutral: ['warm', 'neutral', 'cool'], noir: ['neutral', 'cool'], golden_hour: ['warm'], neon: ['cool', 'warm'],
    documentary: ['neutral'], moody: ['cool', 'neutral'],
  } satisfies Record<LightingPreset, readonly ColorTemperature[]>,
  presetContrasts: {
    neutral: ['flat', 'normal', 'high', 'chiaroscuro'], noir: ['high', 'chiaroscuro'], golden_hour: ['normal', 'flat'], neon: ['high', 'normal'],
    documentary: ['normal', 'flat'], moody: ['high', 'chiaroscuro', 'normal'],
  } satisfies Record<LightingPreset, readonly ContrastRatio[]>,
  /** The light of an asked tone: a bright scene is lit evenly, a dark one hard and low. */
  tonePresets: {
    bright: ['documentary', 'golden_hour', 'neutral'], dark: ['noir', 'moody'],
  } satisfies Partial<Record<Tone, readonly LightingPreset[]>>,
  toneContrasts: {
    bright: ['flat', 'normal'], dark: ['high', 'chiaroscuro'],
  } satisfies Partial<Record<Tone, readonly ContrastRatio[]>>,
  /** A calm sound is slow; tension and uplift move. */
  moodTempos: {
    neutral: ['slow', 'medium', 'fast'], calm: ['slow'], tense: ['medium', 'fast'], uplifting: ['medium', 'fast'], dark: ['slow', 'medium'],
  } satisfies Record<AudioMood, readonly AudioTempo[]>,
  /** The pure sounds a mood is made of: calm is tones and a low hum, tension hiss and rumble. */
  moodPrimitives: {
    neutral: ['silence', 'rumble', 'tone', 'hiss'], calm: ['tone', 'rumble', 'silence'], tense: ['hiss', 'rumble'], uplifting: ['tone', 'hiss'],
    dark: ['rumble', 'tone'],
  } satisfies Record<AudioMood, readonly SoundPrimitive[]>,
  /** The pure sounds a presence is made of: ambience is noise and hum, music tones over a low end. */
  presencePrimitives: {
    silence: ['silence'], ambient: ['rumble', 'hiss'], music: ['tone', 'rumble'], sfx: ['hiss', 'tone', 'rumble'], full: ['silence', 'rumble', 'tone', 'hiss'],
  } satisfies Record<AudioPresence, readonly SoundPrimitive[]>,
} as const;

/**
 * The values of `field` that go with an asked value: the table's, plus those registry entries holding the
 * asked value (`entries` whose `askedField` equals `asked`) carry in `field`.
 */
export function conceptValues<T extends string>(table: readonly T[], entries: readonly RegistryEntry[], askedField: string, asked: string, field: string): Set<T> {
  const values = new Set<T>(table);
  for (const entry of entries) {
    const value = entry.value[field];
    if (entry.value[askedField] === asked && typeof value === 'string') values.add(value as T);
  }
  return values;
}

/** A pool narrowed to the concept's values; the whole pool when none of them is left (never empty by narrowing). */
export function narrowPool<T extends string>(pool: PoolItem<T>[], values: ReadonlySet<T> | null): PoolItem<T>[] {
  if (values === null) return pool;
  const narrowed = pool.filter((item) => values.has(item.value));
  return narrowed.length > 0 ? narrowed : pool;
}

/** The sound primitives of an asked mood and presence (their common ones, else either's); null when neither was asked. */
export function conceptPrimitives(mood: AudioMood | null, presence: AudioPresence | null): ReadonlySet<SoundPrimitive> | null {
  const byMood = mood === null ? null : new Set<SoundPrimitive>(conceptTables.moodPrimitives[mood]);
  const byPresence = presence === null ? null : new Set<SoundPrimitive>(conceptTables.presencePrimitives[presence]);
  if (byMood === null || byPresence === null) return byMood ?? byPresence;
  const common = [...byMood].filter((primitive) => byPresence.has(primitive));
  return new Set(common.length > 0 ? common : [...byMood, ...byPresence]);
}
