import type { Readable } from 'node:stream';
import { execa } from 'execa';
import { MotionregError } from '@motionreg/primitives';
import { ffmpegFailureCause, resolveFfmpeg } from '@motionreg/media';

/** How much of ffmpeg's stderr is kept: its head holds the stream layout, its tail the cause of a failure. */
const stderrHeadChars = 32_768;
const stderrTailChars = 8_192;

/** A running ffmpeg whose stdout is read as a stream, with bounded stderr capture. */
export interface FfmpegStream {
  stdout: Readable;
  /** The first part of stderr (stream layout), then the last part (failure causes). */
  stderrText(): string;
  /** Resolves once stderr matched `pattern` (with the match), or with null when ffmpeg ended first. */
  waitForStderr(pattern: RegExp): Promise<RegExpExecArray | null>;
  /** Waits for ffmpeg to end and returns its exit code (null when it was killed). */
  finish(): Promise<number | null>;
  /** Ends ffmpeg early (idempotent). */
  stop(): Promise<void>;
}

/** Options shared by the decoders. */
export interface FfmpegStreamOptions {
  /** Explicit ffmpeg path (see `resolveFfmpeg`). */
  ffmpegPath?: string;
}

/** Spawns ffmpeg with stdout as a pipe and no stdout buffering, so memory stays bounded. */
export function startFfmpegStream(args: readonly string[], options: FfmpegStreamOptions = {}): FfmpegStream {
  const ffmpeg = resolveFfmpeg(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath });
  const child = execa(ffmpeg.path, [...args], {
    buffer: false,
    reject: false,
    stdin: 'ignore',
    stdout: 'pipe',
    stderr: 'pipe',
    encoding: 'buffer',
  });
  let head = '';
  let tail = '';
  let ended = false;
  const waiters: { pattern: RegExp; resolve: (match: RegExpExecArray | null) => void }[] = [];
  const settleWaiters = () => {
    for (let index = waiters.length - 1; index >= 0; index -= 1) {
      const waiter = waiters[index];
      if (!waiter) continue;
      const match = waiter.pattern.exec(head);
      if (match || ended) {
        waiters.splice(index, 1);
        waiter.resolve(match);
      }
    }
  };
  child.stderr.on('data', (data: Buffer) => {
    const text = data.toString('utf8');
    if (head.length < stderrHeadChars) head += text.slice(0, stderrHeadChars - head.length);
    tail = (tail + text).slice(-stderrTailChars);
    settleWaiters();
  });
  const done = child.then((result) => {
    ended = true;
    settleWaiters();
    return result.exitCode ?? null;
  });
  return {
    stdout: child.stdout,
    stderrText: () => (head.length < stderrHeadChars ? head : `${head}\n…\n${tail}`),
    waitForStderr(pattern) {
      const match = pattern.exec(head);
      if (match || ended) return Promise.resolve(match);
      return new Promise((resolve) => waiters.push({ pattern, resolve }));
    },
    finish: () => done,
    async stop() {
      if (!ended) child.kill('SIGKILL');
      await done.catch(() => undefined);
    },
  };
}

/** The `decode_failed` error for a file, with ffmpeg's most telling stderr line as the cause. */
export function decodeFailure(path: string, cause: string, error?: unknown): MotionregError {
  return new MotionregError('decode_failed', `cannot decode ${path}: ${cause}`, { component: 'extract', cause: error });
}

/** The cause to report from ffmpeg's stderr. */
export function stderrCause(stream: FfmpegStream): string {
  return ffmpegFailureCause(stream.stderrText());
}
