import { underusedWeight, weightedChoice, weightedChoiceFavorUnderused } from '@motionreg/primitives';
import type { ChoiceSource, CreationStrategy, Provenance, RandomSource, RegistryEntry } from '@motionreg/primitives';

/** One value a choice may take, with the registry entries that carry it and its use count. */
export interface PoolItem<T> {
  value: T;
  /** Registry entries that hold this value (empty for an origin value nobody has recorded yet). */
  entries: RegistryEntry[];
  /** How often the value has been used: the sum of its entries' counts. */
  count: number;
}

/**
 * The weight of an item for a strategy. explore: `1 / (1 + count)`, the favour-underused weight of
 * `@motionreg/primitives`, so rare values keep getting a turn; exploit: `1 + count`, so what was made and
 * recorded most is made again.
 */
export function strategyWeight(count: number, strategy: CreationStrategy): number {
  return strategy === 'explore' ? underusedWeight(count) : 1 + Math.max(0, count);
}

/** One item chosen by strategy: explore favours the underused, exploit the most used. */
export function chooseByStrategy<T>(items: readonly PoolItem<T>[], strategy: CreationStrategy, random: RandomSource): PoolItem<T> {
  return strategy === 'explore'
    ? weightedChoiceFavorUnderused(items, (item) => item.count, random)
    : weightedChoice(items, (item) => strategyWeight(item.count, strategy), random);
}

/** Up to `count` distinct items chosen one after another by strategy. */
export function chooseManyByStrategy<T>(items: readonly PoolItem<T>[], count: number, strategy: CreationStrategy, random: RandomSource): PoolItem<T>[] {
  const left = [...items];
  const chosen: PoolItem<T>[] = [];
  while (chosen.length < count && left.length > 0) {
    const item = chooseByStrategy(left, strategy, random);
    chosen.push(item);
    left.splice(left.indexOf(item), 1);
  }
  return chosen;
}

/** The registry entry a chosen value is credited to: the least used of its entries (explore) or the most used (exploit). */
export function creditedEntry(entries: readonly RegistryEntry[], strategy: CreationStrategy): RegistryEntry | undefined {
  if (entries.length === 0) return undefined;
  return [...entries].sort((a, b) => (strategy === 'explore' ? a.count - b.count : b.count - a.count) || a.key.localeCompare(b.key))[0];
}

/** The provenance source of a pool item: its credited registry entry, or the origin domain. */
export function sourceOf<T>(item: PoolItem<T>, domain: string, strategy: CreationStrategy): ChoiceSource {
  const entry = creditedEntry(item.entries, strategy);
  return entry ? { kind: 'registry', aspect: entry.aspect, key: entry.key, name: entry.name, count: entry.count } : { kind: 'origin', domain };
}

/**
 * Builds the pool of an enum field: every origin value not avoided, each with the registry entries whose
 * payload holds it in one of `fields` (e.g. a camera entry's `value.type`), so counts reflect what the
 * registry has recorded.
 */
export function enumPool<T extends string>(
  origins: readonly T[],
  entries: readonly RegistryEntry[],
  fields: readonly string[],
  avoid: readonly string[] = [],
): PoolItem<T>[] {
  return origins
    .filter((value) => !avoid.includes(value))
    .map((value) => {
      const matching = entries.filter((entry) => fields.some((field) => entry.value[field] === value));
      return { value, entries: matching, count: matching.reduce((sum, entry) => sum + entry.count, 0) };
    });
}

/** Records choices as they are made. */
export class ProvenanceLog {
  readonly records: Provenance[] = [];

  add(field: string, value: string | number, source: ChoiceSource): void {
    this.records.push({ field, value: String(value), source });
  }
}
