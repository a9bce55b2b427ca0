import { soundMixSchema, soundPrimitiveDefaults, soundPrimitives, soundValueSchema } from '@motionreg/primitives';
import type { CreationStrategy, PureSound, RandomSource, RegistryEntry, SoundPrimitive } from '@motionreg/primitives';
import { chooseManyByStrategy } from '../pools/choice-pool.js';
import type { PoolItem } from '../pools/choice-pool.js';

/** A sound the pool may mix: an origin primitive or a registry discovery. */
export interface PoolSound {
  primitive: SoundPrimitive;
  entry?: RegistryEntry;
}

/** Lowest tone frequency: below 200 Hz a tone would be heard (and measured) as rumble. */
const toneRangeHz = [220, 1760] as const;

/**
 * Parameters of an origin sound, drawn from the seeded source: tone a note of the A-based equal-tempered scale
 * between 220 and 1760 Hz; rumble a sub tone of 40–90 Hz with 100–180 Hz of noise bandwidth; hiss a noise band
 * centred at 5–10 kHz, 4–8 kHz wide; amplitude 0.4–0.9 (silence 0).
 */
function originParameters(primitive: SoundPrimitive, random: RandomSource): Pick<PureSound, 'frequencyHz' | 'bandwidthHz' | 'amplitude'> {
  switch (primitive) {
    case 'silence':
      return { ...soundPrimitiveDefaults.silence, amplitude: 0 };
    case 'tone': {
      const semitones = random.int(0, Math.round(12 * Math.log2(toneRangeHz[1] / toneRangeHz[0])));
      return { frequencyHz: Math.round(toneRangeHz[0] * 2 ** (semitones / 12) * 100) / 100, bandwidthHz: 0, amplitude: round(0.4 + 0.5 * random.next()) };
    }
    case 'rumble':
      return { frequencyHz: random.int(40, 90), bandwidthHz: random.int(100, 180), amplitude: round(0.4 + 0.5 * random.next()) };
    case 'hiss':
      return { frequencyHz: random.int(50, 100) * 100, bandwidthHz: random.int(40, 80) * 100, amplitude: round(0.4 + 0.5 * random.next()) };
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A registry sound as a pure sound: its dominant primitive, measured mix and strength; frequencies from its measurements when present. */
function registrySound(entry: RegistryEntry, random: RandomSource): PureSound | null {
  const value = soundValueSchema.safeParse(entry.value);
  if (!value.success) return null;
  const { dominant, mix, strengthPct } = value.data;
  const measured = (field: string) => (typeof entry.value[field] === 'number' && Number.isFinite(entry.value[field]) ? (entry.value[field] as number) : null);
  const parameters = originParameters(dominant, random);
  const peak = measured('peakHz');
  const centroid = measured('centroidHz');
  if (dominant === 'tone' && peak !== null && peak >= toneRangeHz[0] && peak <= 8000) parameters.frequencyHz = peak;
  if (dominant === 'hiss' && centroid !== null && centroid >= 2000 && centroid <= 14000) parameters.frequencyHz = centroid;
  const parsedMix = soundMixSchema.safeParse(mix);
  return {
    name: entry.name,
    primitive: dominant,
    ...parameters,
    amplitude: dominant === 'silence' ? 0 : round(Math.min(1, Math.max(0.2, strengthPct / 100))),
    weight: 1,
    source: { kind: 'registry', aspect: entry.aspect, key: entry.key, name: entry.name, count: entry.count },
    ...(parsedMix.success ? { mix: parsedMix.data } : {}),
  };
}

/** Options of {@link chooseSounds}. */
export interface ChooseSoundsOptions {
  registrySounds: readonly RegistryEntry[];
  strategy: CreationStrategy;
  random: RandomSource;
  /** The clip is meant to be silent: silence must be among the sounds. */
  silent: boolean;
  /**
   * The primitives of the asked sound concept (a calm mood: tones and hum): only origin sounds and registry
   * sounds dominated by one of them enter the pool. @default every primitive
   */
  primitives?: ReadonlySet<SoundPrimitive>;
}

/**
 * Chooses 3–5 pure sounds (fewer when the pool is smaller) from the four origin primitives plus every static
 * sound of the registry, weighted by strategy (explore: toward the underused). Silence is added for a silent
 * clip; an audible sound is guaranteed otherwise.
 */
export function chooseSounds(options: ChooseSoundsOptions): PureSound[] {
  const { random, strategy } = options;
  const everything: PoolItem<PoolSound>[] = [
    ...soundPrimitives.map((primitive) => ({ value: { primitive }, entries: [], count: 0 })),
    ...options.registrySounds.flatMap((entry) => {
      const parsed = soundValueSchema.safeParse(entry.value);
      return parsed.success ? [{ value: { primitive: parsed.data.dominant, entry }, entries: [entry], count: entry.count }] : [];
    }),
  ];
  const inConcept = options.primitives === undefined ? everything : everything.filter((item) => options.primitives?.has(item.value.primitive) === true);
  const pool = inConcept.length > 0 ? inConcept : everything;
  const wanted = Math.min(pool.length, random.int(3, 5));
  const chosen = chooseManyByStrategy(pool, wanted, strategy, random).map((item) => item.value);
  if (options.silent && !chosen.some((sound) => sound.primitive === 'silence')) chosen.push({ primitive: 'silence' });
  if (!options.silent && chosen.every((sound) => sound.primitive === 'silence')) {
    chosen.push({ primitive: random.pick(['rumble', 'tone', 'hiss'] as const) });
  }
  return chosen.flatMap((sound): PureSound[] => {
    if (sound.entry) {
      const pure = registrySound(sound.entry, random);
      return pure ? [pure] : [];
    }
    return [{ name: sound.primitive, primitive: sound.primitive, ...originParameters(sound.primitive, random), weight: 1, source: { kind: 'origin', domain: 'sound' } }];
  });
}
