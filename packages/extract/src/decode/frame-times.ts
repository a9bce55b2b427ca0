/**
 * Reading each decoded frame's own presentation time from ffmpeg's `showinfo` filter.
 *
 * why: ffmpeg's rawvideo output has no timestamps and, left to itself, duplicates or drops frames to a
 * constant rate; with `-vsync passthrough` every decoded frame comes out once, in presentation order,
 * and `showinfo` prints its `pts` on stderr. The time is `pts · time_base` (the filter's input time base,
 * printed once); `pts_time` itself is printed with six significant digits, too coarse after ~17 minutes.
 */

/** The filter input's time base line: `[Parsed_showinfo_1 @ 0x…] config in time_base: 1/15360, …`. */
export const showinfoTimeBasePattern = /Parsed_showinfo[^\]]*\] config in time_base: (\d+)\/(\d+)/;
/** One frame's line: `[Parsed_showinfo_1 @ 0x…] n:   3 pts:   1536 pts_time:0.1 …`. */
export const showinfoFramePattern = /Parsed_showinfo[^\]]*\] n:\s*(\d+) pts:\s*(-?\d+|NOPTS)/;
/** Any line of the showinfo filter (kept out of the stderr text a failure is explained from). */
export const showinfoLinePattern = /^\[Parsed_showinfo/;

/** The ffmpeg filter that prints each frame's time (checksums off: they cost a pass over every pixel). */
export const showinfoFilter = 'showinfo=checksum=0';

/** A frame's time base as a fraction, from its showinfo config line, or null. */
export function parseTimeBase(line: string): { numerator: number; denominator: number } | null {
  const match = showinfoTimeBasePattern.exec(line);
  if (!match) return null;
  const numerator = Number(match[1]);
  const denominator = Number(match[2]);
  return numerator > 0 && denominator > 0 ? { numerator, denominator } : null;
}

/** A frame line's index and time in seconds (null time without a pts or time base), or null for other lines. */
export function parseFrameLine(line: string, timeBase: { numerator: number; denominator: number } | null): { index: number; time: number | null } | null {
  const match = showinfoFramePattern.exec(line);
  if (!match) return null;
  const pts = match[2] === 'NOPTS' ? Number.NaN : Number(match[2]);
  const time = timeBase && Number.isFinite(pts) ? (pts * timeBase.numerator) / timeBase.denominator : null;
  return { index: Number(match[1]), time };
}

/**
 * Fills in the times a file did not give (a frame without a pts) from its neighbours: one nominal frame
 * after the previous frame. Times never run backwards (a file with broken timestamps keeps its order).
 */
export function settleFrameTime(time: number | null, previous: number | null, fps: number): number {
  const step = 1 / (fps > 0 ? fps : 25);
  if (time === null || !Number.isFinite(time)) return previous === null ? 0 : previous + step;
  if (previous !== null && time < previous) return previous;
  return Math.max(0, time);
}
