import { invalidInput } from '../errors/motionreg-error.js';

/** The longest clip a prompt or a `--duration` flag may ask for, in seconds (an hour). */
export const maxClipSeconds = 3600;

/**
 * Checks a clip length against {@link maxClipSeconds}, naming where it came from, and returns it.
 * One check for every path a length takes (a flag, a prompt that names its own length, a spec), so
 * "a sunset over the sea, 6 hours long" is refused the same way everywhere, before any work starts.
 *
 * @param seconds - the asked-for length
 * @param source - what asked, as the user should read it: `prompt "a sunset…"`, `--duration 7200`
 * @param component - the component named in the error (`create`, `render`, `cli`, ...)
 * @throws MotionregError `invalid_input`, one line: `[motionreg:create] prompt "…" asks for 21600 s, more than the 3600 s limit`
 *
 * @example
 * ```ts
 * checkClipDuration(instruction.durationSeconds, `prompt "${instruction.prompt}"`, 'create');
 * ```
 */
export function checkClipDuration(seconds: number, source: string, component: string): number {
  if (!Number.isFinite(seconds) || seconds <= 0) throw invalidInput(component, `${source} asks for ${seconds} s: a clip needs a positive length`);
  if (seconds > maxClipSeconds) throw invalidInput(component, `${source} asks for ${seconds} s, more than the ${maxClipSeconds} s limit`);
  return seconds;
}

/** How a prompt is named in a duration error: quoted, cut at 80 characters, on one line. */
export function promptSource(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  return `prompt "${line.length > 80 ? `${line.slice(0, 79)}…` : line}"`;
}
