import { invalidInput } from '../errors/motionreg-error.js';
import type { RandomSource } from './random-source.js';

const component = 'primitives';
const millisecondsPerDay = 86_400_000;

/**
 * One item, chosen with probability `weightOf(item) / Σ weightOf`. Weights must be finite and
 * non-negative with a positive total; items of weight 0 are never chosen. Throws `invalid_input` otherwise.
 *
 * @example
 * ```ts
 * weightedChoice(['a', 'b'], (item) => (item === 'a' ? 3 : 1), createSeededRandom(1)); // 'a' 3 times in 4
 * ```
 */
export function weightedChoice<T>(items: readonly T[], weightOf: (item: T, index: number) => number, random: RandomSource): T {
  if (items.length === 0) throw invalidInput(component, 'weightedChoice needs a non-empty list []: nothing to choose from');
  const weights = items.map((item, index) => weightOf(item, index));
  let total = 0;
  for (const weight of weights) {
    if (!Number.isFinite(weight) || weight < 0) throw invalidInput(component, `weightedChoice needs finite non-negative weights ${String(weight)}: invalid weight`);
    total += weight;
  }
  if (total <= 0) throw invalidInput(component, `weightedChoice needs a positive total weight ${total}: every weight is 0`);
  let target = random.next() * total;
  for (let index = 0; index < items.length; index += 1) {
    target -= weights[index]!;
    if (target < 0 && weights[index]! > 0) return items[index]!;
  }
  // why: float rounding can leave `target` a hair above 0 after the last item; give it the last weighted item.
  let last = items.length - 1;
  while (weights[last] === 0) last -= 1;
  return items[last]!;
}

/**
 * Favours items used less, so every value of a registry keeps getting a turn:
 * weight = 1 / (1 + max(0, count)), where `count` is how often the item has been used
 * (a count that is not a finite number counts as 0). Never-used items have weight 1, an item used 3 times 1/4.
 * Same formula as the reference system's `weighted_choice_favor_underused`.
 *
 * @example
 * ```ts
 * weightedChoiceFavorUnderused(entries, (entry) => entry.count, createSecureRandom());
 * ```
 */
export function weightedChoiceFavorUnderused<T>(items: readonly T[], countOf: (item: T) => number, random: RandomSource): T {
  return weightedChoice(items, (item) => underusedWeight(countOf(item)), random);
}

/** The weight {@link weightedChoiceFavorUnderused} gives an item used `count` times: 1 / (1 + max(0, count)). */
export function underusedWeight(count: number): number {
  return 1 / (1 + Math.max(0, Number.isFinite(count) ? count : 0));
}

/** A moment as a `Date`, epoch milliseconds or an ISO-8601 string; `null`/`undefined` for unknown. */
export type Moment = Date | number | string | null | undefined;

function toMilliseconds(moment: Moment): number | undefined {
  if (moment === null || moment === undefined) return undefined;
  const milliseconds = moment instanceof Date ? moment.getTime() : typeof moment === 'number' ? moment : Date.parse(moment);
  return Number.isFinite(milliseconds) ? milliseconds : undefined;
}

/**
 * The weight {@link weightedChoiceFavorRecent} gives an item last seen at `lastSeen`:
 * 1 / (1 + age in days), age = max(0, now − lastSeen) in (fractional) days of 86,400,000 ms, so the
 * time zone does not matter. A missing or unparseable date gives weight 1 (as the reference system did).
 */
export function recentWeight(lastSeen: Moment, now: Moment): number {
  const seen = toMilliseconds(lastSeen);
  const current = toMilliseconds(now);
  if (current === undefined) throw invalidInput(component, `weightedChoiceFavorRecent needs a valid now ${String(now)}: not a date`);
  if (seen === undefined) return 1;
  return 1 / (1 + Math.max(0, current - seen) / millisecondsPerDay);
}

/**
 * Favours items seen recently: weight = 1 / (1 + age in days), where age is `now − lastSeenOf(item)`
 * (never negative). Items seen today have weight ≈ 1, a week ago 1/8; items with no or an unparseable
 * date have weight 1. Same formula as the reference system's `weighted_choice_favor_recent`.
 *
 * @example
 * ```ts
 * weightedChoiceFavorRecent(entries, (entry) => entry.lastSeenAt, new Date(), createSeededRandom('x'));
 * ```
 */
export function weightedChoiceFavorRecent<T>(items: readonly T[], lastSeenOf: (item: T) => Moment, now: Moment, random: RandomSource): T {
  return weightedChoice(items, (item) => recentWeight(lastSeenOf(item), now), random);
}
