import { MotionregError } from '../errors/motionreg-error.js';
import { isDeniedName } from './denied-names.js';

/**
 * The first candidate not in `taken`. Candidates come from a lazy iterable, so escalation stops as
 * soon as a free name appears. A candidate also counts as taken when its lower-case form is in `taken`,
 * so a caller that compares names without case passes lower-cased names. A name a client could not be
 * shown (`isDeniedName`) is never returned. Throws `conflict` only when every candidate is taken or denied.
 */
export function firstFreeName(candidates: Iterable<string>, taken: ReadonlySet<string>, what: string): string {
  let tried = 0;
  for (const candidate of candidates) {
    // why: the generators already skip denied names; a caller's own candidates must not bring one back.
    if (!taken.has(candidate) && !taken.has(candidate.toLowerCase()) && !isDeniedName(candidate)) return candidate;
    tried += 1;
  }
  throw new MotionregError('conflict', `cannot name ${what}: all ${tried} candidate names are taken`, { component: 'primitives' });
}

/**
 * Every phrase made of one word from each slot (slots in order, words joined by spaces), the
 * plainest first: phrases are ordered by the sum of the chosen word positions, then by slot order.
 */
export function* slotPhrases(slots: readonly (readonly string[])[]): Generator<string> {
  if (slots.length === 0) return;
  const maxRank = slots.reduce((sum, slot) => sum + Math.max(0, slot.length - 1), 0);
  if (slots.some((slot) => slot.length === 0)) return;
  const choice = new Array<number>(slots.length).fill(0);
  for (let rank = 0; rank <= maxRank; rank += 1) {
    yield* phrasesOfRank(slots, choice, 0, rank);
  }
}

function* phrasesOfRank(slots: readonly (readonly string[])[], choice: number[], slotIndex: number, remaining: number): Generator<string> {
  const slot = slots[slotIndex]!;
  if (slotIndex === slots.length - 1) {
    if (remaining < slot.length) {
      choice[slotIndex] = remaining;
      yield choice.map((position, index) => slots[index]![position]!).join(' ');
    }
    return;
  }
  for (let position = 0; position < slot.length && position <= remaining; position += 1) {
    choice[slotIndex] = position;
    yield* phrasesOfRank(slots, choice, slotIndex + 1, remaining - position);
  }
}

/** Yields each value once, in first-seen order. */
export function* distinct(values: Iterable<string>): Generator<string> {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) continue;
    seen.add(value);
    yield value;
  }
}
