import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { MotionregError } from '@motionreg/primitives';
import { resolveFfmpeg } from '../ffmpeg/resolve-ffmpeg.js';

/** What ffmpeg reports about a media file's first video and audio streams. */
export const mediaProbeSchema = z.object({
  path: z.string(),
  durationSeconds: z.number().nonnegative(),
  video: z
    .object({
      codec: z.string(),
      pixelFormat: z.string(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      /** Frames per second as ffmpeg prints it (two decimals at most, e.g. 29.97). */
      fps: z.number().positive(),
      /** Frames actually in the stream, counted by remuxing (no decode). */
      frameCount: z.number().int().nonnegative().nullable(),
    })
    .nullable(),
  audio: z
    .object({
      codec: z.string(),
      sampleRate: z.number().int().positive(),
      channels: z.number().int().positive(),
    })
    .nullable(),
});
export type MediaProbe = z.infer<typeof mediaProbeSchema>;

/** Options for {@link probeMedia}. */
export interface ProbeMediaOptions {
  /** Count the video frames by remuxing to a null sink (fast, no decode). @default true */
  countFrames?: boolean;
  /** Explicit ffmpeg path. */
  ffmpegPath?: string;
}

const channelWords: Record<string, number> = { mono: 1, stereo: 2, '2.1': 3, quad: 4, '5.0': 5, '5.1': 6, '7.1': 8 };

function parseDuration(text: string): number | null {
  const match = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

function parseVideo(text: string): Omit<NonNullable<MediaProbe['video']>, 'frameCount'> | null {
  const line = /Stream #\d+:\d+[^:]*: Video: (.*)/.exec(text)?.[1];
  if (!line) return null;
  const codec = /^(\w+)/.exec(line)?.[1] ?? 'unknown';
  // why: the pixel format is the first comma field after the codec description, e.g. "yuv420p(progressive)".
  const pixelFormat = /,\s*([a-z0-9_]+)(?:\([^)]*\))?,/.exec(line)?.[1] ?? 'unknown';
  const size = /(\d{2,5})x(\d{2,5})/.exec(line);
  const fps = /([\d.]+) fps/.exec(line) ?? /([\d.]+) tbr/.exec(line);
  if (!size || !fps) return null;
  return { codec, pixelFormat, width: Number(size[1]), height: Number(size[2]), fps: Number(fps[1]) };
}

function parseAudio(text: string): MediaProbe['audio'] {
  const line = /Stream #\d+:\d+[^:]*: Audio: (.*)/.exec(text)?.[1];
  if (!line) return null;
  const codec = /^(\w+)/.exec(line)?.[1] ?? 'unknown';
  const rate = /(\d+) Hz/.exec(line);
  const layout = /Hz, ([^,]+)/.exec(line)?.[1]?.trim() ?? 'mono';
  const channels = channelWords[layout] ?? (Number(/(\d+) channels/.exec(layout)?.[1]) || 1);
  if (!rate) return null;
  return { codec, sampleRate: Number(rate[1]), channels };
}

/** The most telling line of ffmpeg's stderr for a failure (the last one that names an error). */
export function ffmpegFailureCause(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const telling = [...lines].reverse().find((line) => /error|invalid|not found|no such|moov|failed|unknown|could not|does not contain/i.test(line));
  const cause = telling ?? lines.at(-1) ?? 'ffmpeg failed without a message';
  // why: ffmpeg prefixes causes with the input path; the caller already names the file.
  return cause.replace(/^.*?: (?=[A-Za-z])/, '');
}

/**
 * Reads a media file's duration, video and audio stream facts with ffmpeg itself (no ffprobe needed),
 * and counts the video frames by remuxing to a null sink. Throws `decode_failed` naming the file and
 * ffmpeg's cause when the file is missing, empty, truncated or not media.
 *
 * @example
 * ```ts
 * const probe = await probeMedia('clip.mp4');
 * console.log(probe.video?.width, probe.video?.frameCount, probe.audio !== null);
 * ```
 */
export async function probeMedia(path: string, options: ProbeMediaOptions = {}): Promise<MediaProbe> {
  const failure = (cause: string, error?: unknown) =>
    new MotionregError('decode_failed', `cannot read ${path}: ${cause}`, { component: 'media', cause: error });
  try {
    const info = await stat(path);
    if (!info.isFile()) throw failure('not a file');
    if (info.size === 0) throw failure('file is empty');
  } catch (error) {
    if (MotionregError.isInstance(error)) throw error;
    throw failure('no such file', error);
  }
  const ffmpeg = resolveFfmpeg(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath });
  const countFrames = options.countFrames ?? true;
  const args = ['-hide_banner', '-nostdin', '-i', path];
  if (countFrames) args.push('-map', '0:v:0?', '-c', 'copy', '-f', 'null', '-');
  // why: loaded when a probe runs, so a command that only renders never loads execa (about 140 modules).
  const { execa } = await import('execa');
  const result = await execa(ffmpeg.path, args, { reject: false, stdin: 'ignore', stdout: 'ignore', encoding: 'utf8' });
  const stderr = String(result.stderr ?? '');
  const video = parseVideo(stderr);
  const audio = parseAudio(stderr);
  const hasInput = /Input #0/.test(stderr);
  // without countFrames ffmpeg exits 1 ("At least one output file must be specified"), which is expected
  if (!hasInput || (countFrames && result.exitCode !== 0) || (!video && !audio)) {
    throw failure(ffmpegFailureCause(stderr));
  }
  const frameMatches = [...stderr.matchAll(/frame=\s*(\d+)/g)];
  const lastFrameMatch = frameMatches.at(-1);
  const frameCount = countFrames && video && lastFrameMatch ? Number(lastFrameMatch[1]) : null;
  const duration = parseDuration(stderr) ?? (video && frameCount !== null ? frameCount / video.fps : 0);
  return mediaProbeSchema.parse({
    path,
    durationSeconds: duration,
    video: video ? { ...video, frameCount } : null,
    audio,
  });
}
