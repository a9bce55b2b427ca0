/**
 * Telling a damaged or cut-short file from a whole one after decoding it.
 *
 * why: ffmpeg decodes what it can of a file cut short with its header intact and exits 0, so the frames
 * alone look like a shorter clip. Its stderr names the damage ("partial file", "Invalid data found"), and
 * the header's duration says how much there should have been.
 */

const damagePattern = /partial file|invalid data found|error while decoding|corrupt|invalid nal|missing picture|concealing|truncat/i;

/** The first stderr line that tells of damage (without ffmpeg's `[demuxer @ 0x…]` prefix), or null. */
export function damageLine(stderr: string): string | null {
  const line = stderr.split(/\r?\n/).find((text) => damagePattern.test(text));
  return line === undefined ? null : line.replace(/^\[[^\]]*\]\s*/, '').trim();
}

/** What was decoded, against what the container declares. */
export interface DecodeCompleteness {
  decodedFrames: number;
  /** Seconds from the first frame's start to the last frame's end. */
  decodedSeconds: number;
  /** The container's duration (0 when it declares none). */
  declaredSeconds: number;
  fps: number;
  /** ffmpeg's first line telling of damage, or null. */
  damage: string | null;
}

/**
 * Whether an extraction is partial, and the warning that says why, or null for a whole file. A file is
 * partial when ffmpeg reported damage, or when the frames decoded cover less of the declared duration than
 * a frame rate's rounding and a trailing audio tail explain (half a second or 5 %, the larger).
 */
export function partialDecodeWarning(path: string, completeness: DecodeCompleteness): string | null {
  const { decodedFrames, decodedSeconds, declaredSeconds, fps, damage } = completeness;
  const declaredFrames = Math.round(declaredSeconds * fps);
  const short = declaredSeconds > 0 && decodedSeconds < declaredSeconds - Math.max(0.5, 0.05 * declaredSeconds);
  if (!damage && !short) return null;
  const count = declaredSeconds > 0 ? `${decodedFrames} of ${declaredFrames} declared frames decoded (${decodedSeconds.toFixed(2)} of ${declaredSeconds.toFixed(2)} s)` : `${decodedFrames} frames decoded`;
  return `[motionreg:extract] ${path} is damaged or cut short: ${count}${damage ? `; ffmpeg: ${damage}` : ''}`;
}
