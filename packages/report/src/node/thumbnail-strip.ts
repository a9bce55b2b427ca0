import { spawn } from 'node:child_process';
import { MotionregError } from '@motionreg/primitives';
import { ffmpegFailureCause, probeMedia, resolveFfmpeg } from '@motionreg/media';
import { z } from 'zod';
import { thumbnailStripSchema } from '../report-input.js';
import type { ThumbnailStrip } from '../report-input.js';

/** Options of {@link makeThumbnailStrip}. */
export const thumbnailStripOptionsSchema = z.object({
  /** Frames in the strip, spread evenly over the clip. @default 5 */
  frames: z.number().int().min(1).max(16).default(5),
  /** Height of each frame in pixels (the width follows the clip's aspect). @default 72 */
  height: z.number().int().min(16).max(480).default(72),
  /** JPEG quality on ffmpeg's 2 (best) to 31 scale. @default 5 */
  quality: z.number().int().min(2).max(31).default(5),
  ffmpegPath: z.string().min(1).optional(),
});
export type ThumbnailStripOptions = z.input<typeof thumbnailStripOptionsSchema>;

function runFfmpeg(path: string, args: readonly string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      // why: keep only the tail; ffmpeg's progress lines can grow without bound.
      stderr = (stderr + chunk).slice(-8_000);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr }));
  });
}

/**
 * A strip of `frames` frames spread evenly over a clip, side by side in one JPEG, as a data URI
 * ready for the report. One ffmpeg run: the `fps` filter picks the frames, `tile` lays them out.
 * Throws `decode_failed` naming the clip and ffmpeg's cause.
 *
 * @example
 * ```ts
 * const strip = await makeThumbnailStrip('motionreg-out/clips/job.mp4', { frames: 5 });
 * ```
 */
export async function makeThumbnailStrip(clipPath: string, options: ThumbnailStripOptions = {}): Promise<ThumbnailStrip> {
  const parsed = thumbnailStripOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MotionregError('invalid_input', `invalid thumbnail option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, { component: 'report', cause: parsed.error });
  }
  const settings = parsed.data;
  const ffmpegOption = settings.ffmpegPath === undefined ? {} : { ffmpegPath: settings.ffmpegPath };
  const probe = await probeMedia(clipPath, { countFrames: false, ...ffmpegOption });
  if (probe.video === null) throw new MotionregError('decode_failed', `cannot make frames of ${clipPath}: it has no video stream`, { component: 'report' });
  const frameWidth = Math.max(2, 2 * Math.round((settings.height * probe.video.width) / probe.video.height / 2));
  // why: a rate a little above frames/duration, so the last tile fills before the clip ends.
  const rate = (settings.frames / Math.max(0.04, probe.durationSeconds)) * 1.02;
  const filter = `fps=${rate.toFixed(6)},scale=${frameWidth}:${settings.height}:flags=area,tile=${settings.frames}x1`;
  const result = await runFfmpeg(resolveFfmpeg(ffmpegOption).path, [
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-i', clipPath,
    '-vf', filter, '-frames:v', '1', '-an', '-c:v', 'mjpeg', '-q:v', String(settings.quality), '-f', 'image2pipe', '-',
  ]);
  if (result.code !== 0 || result.stdout.length === 0) {
    throw new MotionregError('decode_failed', `cannot make frames of ${clipPath}: ${ffmpegFailureCause(result.stderr)}`, { component: 'report' });
  }
  return thumbnailStripSchema.parse({
    src: `data:image/jpeg;base64,${result.stdout.toString('base64')}`,
    width: frameWidth * settings.frames,
    height: settings.height,
    frames: settings.frames,
  });
}
