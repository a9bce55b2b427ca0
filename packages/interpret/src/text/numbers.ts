import type { Token } from './tokenize.js';

const units = new Map<string, number>(Object.entries({
  zero: 0, nought: 0, naught: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));
const tens = new Map<string, number>(Object.entries({ twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));

/** A number read from the tokens at some position: its value and how many tokens it used. */
export interface NumberReading {
  value: number;
  length: number;
}

/**
 * Reads a number at `index`: digits ("8", "1.5") or English number words ("three", "twenty-five",
 * "a hundred", "two and a half", "a couple of", "a few", "half a", "a dozen"). Returns null when the
 * tokens there are not a number.
 */
export function readNumber(tokens: readonly Token[], index: number): NumberReading | null {
  const first = tokens[index];
  if (first === undefined) return null;
  if (first.isNumber) {
    let value = Number.parseFloat(first.text);
    let length = 1;
    // "2 and a half", "1 and a half"
    if (tokens[index + 1]?.text === 'and' && tokens[index + 2]?.text === 'a' && tokens[index + 3]?.text === 'half') {
      value += 0.5;
      length = 4;
    }
    return Number.isFinite(value) ? { value, length } : null;
  }
  const word = first.text;
  if (word === 'half' && (tokens[index + 1]?.text === 'a' || tokens[index + 1]?.text === 'an')) return { value: 0.5, length: 2 };
  if (word === 'a' || word === 'an') {
    const next = tokens[index + 1]?.text;
    if (next === 'couple') return { value: 2, length: tokens[index + 2]?.text === 'of' ? 3 : 2 };
    if (next === 'few') return { value: 3, length: 2 };
    if (next === 'dozen') return { value: 12, length: 2 };
    if (next === 'half') return { value: 0.5, length: 2 };
    if (next === 'quarter') return { value: 0.25, length: tokens[index + 2]?.text === 'of' ? 3 : 2 };
    if (next === 'hundred') return { value: 100, length: 2 };
    return { value: 1, length: 1 };
  }
  if (word === 'couple') return { value: 2, length: tokens[index + 1]?.text === 'of' ? 2 : 1 };
  if (word === 'few') return { value: 3, length: 1 };
  if (word === 'dozen') return { value: 12, length: 1 };
  let value: number | undefined;
  let length = 1;
  if (tens.has(word)) {
    value = tens.get(word);
    const next = tokens[index + 1]?.text ?? '';
    const unit = units.get(next);
    if (unit !== undefined && unit > 0 && unit < 10) {
      value = (value ?? 0) + unit;
      length = 2;
    }
  } else if (units.has(word)) {
    value = units.get(word);
  }
  if (value === undefined) return null;
  if (tokens[index + length]?.text === 'hundred') {
    value *= 100;
    length += 1;
  }
  if (tokens[index + length]?.text === 'and' && tokens[index + length + 1]?.text === 'a' && tokens[index + length + 2]?.text === 'half') {
    value += 0.5;
    length += 3;
  }
  return { value, length };
}

const secondsPerUnit = new Map<string, number>(Object.entries({
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1, seconde: 1,
  ms: 0.001, millisecond: 0.001, milliseconds: 0.001,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
}));

/** A duration found in the prompt: its length in seconds and the tokens it spans. */
export interface DurationReading {
  seconds: number;
  start: number;
  end: number;
}

const decadeFollowers = new Set(['vibe', 'vibes', 'style', 'aesthetic', 'look', 'music', 'retro', 'nostalgia', 'feel', 'kid', 'kids', 'era', 'fashion', 'film', 'films', 'movie', 'movies', 'sitcom', 'tv', 'anime', 'cartoon', 'cartoons', 'synth', 'pop', 'rock', 'disco', 'hip', 'grunge', 'rave', 'neon', 'arcade', 'vhs', 'camcorder', 'home', 'video', 'mall', 'commercial', 'ad', 'advert']);

/**
 * Finds every duration: a number followed by a time unit ("8 seconds", "12 sec", "three-second",
 * "1.5s", "half a minute", "a minute and a half", "1 min 30"). "the 90s" and "an 80s vibe" are
 * decades, not durations.
 */
export function findDurations(tokens: readonly Token[]): DurationReading[] {
  const found: DurationReading[] = [];
  let index = 0;
  while (index < tokens.length) {
    const reading = readNumber(tokens, index);
    if (reading === null) {
      index += 1;
      continue;
    }
    const unitToken = tokens[index + reading.length];
    // "of a minute" after "a quarter of" / "half of"
    let unitIndex = index + reading.length;
    if (unitToken?.text === 'a' || unitToken?.text === 'an') unitIndex += 1;
    const unitText = tokens[unitIndex]?.text ?? '';
    const perUnit = secondsPerUnit.get(unitText);
    const bareLetterUnit = unitText.length <= 2 && unitText !== 'ms';
    // Bare letter units ("8s", "2m") only count glued to a digit; "a s" is not a unit.
    const gluedToDigit = tokens[index]?.isNumber === true && tokens[unitIndex]?.hyphenBefore === true;
    if (perUnit === undefined || (bareLetterUnit && !gluedToDigit)) {
      index += 1;
      continue;
    }
    const isDecade =
      unitText === 's' &&
      ((reading.value >= 20 && reading.value <= 90 && reading.value % 10 === 0) || (reading.value >= 1900 && reading.value <= 2090)) &&
      (tokens[index - 1]?.text === 'the' || tokens[index - 1]?.text === 'an' || tokens[index - 1]?.text === 'early' || tokens[index - 1]?.text === 'late' || tokens[index - 1]?.text === 'mid' || decadeFollowers.has(tokens[unitIndex + 1]?.text ?? ''));
    if (isDecade) {
      index = unitIndex + 1;
      continue;
    }
    let seconds = reading.value * perUnit;
    let end = unitIndex + 1;
    // "a minute and a half"
    if (tokens[end]?.text === 'and' && tokens[end + 1]?.text === 'a' && tokens[end + 2]?.text === 'half') {
      seconds += 0.5 * perUnit;
      end += 3;
    }
    // "1 min 30", "1 minute 30 seconds", "2 minutes and 10 seconds"
    const andOffset = tokens[end]?.text === 'and' ? 1 : 0;
    const tail = perUnit >= 60 ? readNumber(tokens, end + andOffset) : null;
    if (tail !== null && tokens[end + andOffset]?.isNumber === true) {
      const tailUnit = secondsPerUnit.get(tokens[end + andOffset + tail.length]?.text ?? '');
      if (tailUnit === undefined || tailUnit < perUnit) {
        seconds += tail.value * (tailUnit ?? perUnit / 60);
        end += andOffset + tail.length + (tailUnit === undefined ? 0 : 1);
      }
    }
    if (seconds > 0) found.push({ seconds: Math.round(seconds * 1000) / 1000, start: index, end });
    index = end;
  }
  return found;
}
