import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
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
  // why: node:child_process rather than execa: one child with a streamed stdout needs nothing more, and
  // execa (about 140 modules) was a large part of a short command's start-up.
  const child = spawn(ffmpeg.path, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  // Ends when ffmpeg has exited and its stderr is read to the end (so a waiter sees all of it); a child
  // that never started (spawn error) ends with no exit code.
  const done = new Promise<number | null>((resolve) => {
    let exitCode: number | null | undefined;
    let stderrClosed = false;
    const settle = () => {
      if (exitCode === undefined || !stderrClosed) return;
      ended = true;
      settleWaiters();
      resolve(exitCode);
    };
    child.on('exit', (code) => {
      exitCode = code;
      settle();
    });
    child.stderr.on('close', () => {
      stderrClosed = true;
      settle();
    });
    child.on('error', () => {
      if (child.pid !== undefined) return;
      exitCode = null;
      stderrClosed = true;
      settle();
    });
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
