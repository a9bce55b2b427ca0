import { invalidInput } from '@motionreg/primitives';
import type { GrowthFocus } from '@motionreg/primitives';

/** A whole number flag, at least `minimum`, or a one-line `invalid_input` naming the flag. */
export function wholeNumberFlag(flag: string, value: string, minimum: number): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(number) || number < minimum) throw invalidInput('cli', `${flag} ${value}: must be a whole number ≥ ${minimum}`);
  return number;
}

/** A positive number flag. */
export function positiveFlag(flag: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw invalidInput('cli', `${flag} ${value}: must be a positive number`);
  return number;
}

/** `--delay <seconds>` as milliseconds (0 allowed). */
export function delayFlag(value: string): number {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || seconds > 86_400) throw invalidInput('cli', `--delay ${value}: must be seconds from 0 to 86400`);
  return Math.round(seconds * 1000);
}

/** `--focus`, when given (else the loop reads `LOOP_EXTRACTION_FOCUS`). */
export function focusFlag(value: string | undefined): GrowthFocus | undefined {
  if (value === undefined) return undefined;
  if (value !== 'frame' && value !== 'window' && value !== 'all') throw invalidInput('cli', `--focus ${value}: must be frame, window or all`);
  return value;
}

/** `--exploit-ratio`, when given (else the loop reads `LOOP_EXPLOIT_RATIO_OVERRIDE`). */
export function ratioFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ratio = Number(value);
  if (value.trim() === '' || !Number.isFinite(ratio) || ratio < 0 || ratio > 1) throw invalidInput('cli', `--exploit-ratio ${value}: must be a number from 0 to 1`);
  return ratio;
}
