import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import { ffmpegFailureCause } from '@motionreg/media';
import { MotionregError } from '@motionreg/primitives';
import { encoderArguments } from './encoder-settings.js';
import type { EncoderArgumentsOptions } from './encoder-settings.js';

/** The file descriptor ffmpeg reads streamed audio from (`-i pipe:3`). */
export const audioPipe = 'pipe:3';

/** Bytes of audio allowed to wait in memory for ffmpeg before {@link FrameEncoder.writeAudio} waits. */
const audioBacklogBytes = 1 << 20;

/** How ffmpeg ended: its exit code (null when killed) and what it wrote to stderr. */
interface EncoderExit {
  exitCode: number | null;
  stderr: string;
}

/**
 * Streams rgb24 frames into ffmpeg's stdin, and with `audioPath: 'pipe:3'` the PCM into a second pipe beside
 * them, so the audio is encoded while the frames are drawn instead of all before. Frames are written from a
 * small ring of reusable buffers and a buffer is handed out again only after ffmpeg has taken its bytes, so
 * memory stays at a few frames however long the clip is, and the renderer waits (backpressure) whenever the
 * encoder falls behind. Audio written frame by frame with its video frame stays within a frame of it, which
 * ffmpeg's per-input reader threads need to interleave the two without stalling.
 */
export class FrameEncoder {
  // why: node:child_process rather than execa: a render needs one long-lived child with two input pipes,
  // and execa's ~140 modules were a tenth of a short render's start-up.
  private readonly process: ChildProcess;
  private readonly stdin: Writable;
  private readonly audio: Writable;
  private readonly exited: Promise<EncoderExit>;
  private readonly ring: Uint8Array[];
  private readonly pending: (Promise<void> | null)[];
  private next = 0;
  private failure: Error | null = null;
  private readonly out: string;

  /**
   * @param ringSize - frame buffers in flight
   * @param displayPath - the path named in errors (the final `--out`, when `options.out` is a temporary name)
   */
  constructor(ffmpegPath: string, options: EncoderArgumentsOptions, ringSize = 3, displayPath = options.out) {
    this.out = displayPath;
    this.process = spawn(ffmpegPath, encoderArguments(options), { stdio: ['pipe', 'ignore', 'pipe', 'pipe'] });
    this.stdin = this.process.stdin!;
    this.audio = this.process.stdio[3] as Writable;
    const stderr: string[] = [];
    this.process.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    this.exited = new Promise<EncoderExit>((resolve) => {
      this.process.on('error', (error) => {
        this.failure ??= error;
        // why: a child that never started (no such file) may not emit 'close'
        if (this.process.pid === undefined) resolve({ exitCode: null, stderr: '' });
      });
      this.process.on('close', (exitCode) => resolve({ exitCode, stderr: stderr.join('') }));
    });
    const frameBytes = options.width * options.height * 3;
    this.ring = Array.from({ length: ringSize }, () => new Uint8Array(frameBytes));
    this.pending = Array.from({ length: ringSize }, () => null);
    // why: a dead ffmpeg makes stdin emit EPIPE; keep it as the failure instead of crashing the process.
    this.stdin.on('error', (error) => {
      this.failure ??= error;
    });
    this.audio.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /**
   * Queues raw PCM for `pipe:3`. The bytes are kept by reference until written: pass a buffer that is not
   * reused. Waits only when more than a megabyte is still queued (ffmpeg has stalled).
   */
  async writeAudio(bytes: Uint8Array): Promise<void> {
    if (this.failure) throw await this.encodeError(this.failure);
    this.audio.write(bytes);
    if (this.audio.writableLength > audioBacklogBytes) {
      await new Promise<void>((resolve) => {
        this.audio.once('drain', resolve);
        this.audio.once('close', resolve);
      });
    }
  }

  /** A frame buffer that is free to fill (waits until ffmpeg has consumed its previous contents). */
  async acquire(): Promise<Uint8Array> {
    const slot = this.next;
    const pending = this.pending[slot];
    if (pending) await pending;
    if (this.failure) throw await this.encodeError(this.failure);
    return this.ring[slot]!;
  }

  /** Queues the buffer last returned by {@link acquire}, now filled with one frame. */
  write(frame: Uint8Array): void {
    const slot = this.next;
    if (frame !== this.ring[slot]) throw new MotionregError('internal', 'frame written out of order: not the buffer last acquired', { component: 'render' });
    this.pending[slot] = new Promise<void>((resolve) => {
      this.stdin.write(frame, (error) => {
        if (error) this.failure ??= error;
        resolve();
      });
    });
    this.next = (slot + 1) % this.ring.length;
  }

  /**
   * Waits until ffmpeg has taken every queued frame and closes its inputs, so it encodes the last frames and
   * writes the file while the caller does other work; {@link finish} then waits for it.
   */
  async endInput(): Promise<void> {
    await Promise.all(this.pending);
    this.audio.end();
    this.stdin.end();
  }

  /** Closes the inputs (if {@link endInput} has not) and waits for ffmpeg to finish the file. Throws `encode_failed` with ffmpeg's cause. */
  async finish(): Promise<void> {
    await this.endInput();
    const result = await this.exited;
    if (result.exitCode !== 0 || this.failure) {
      const cause = result.stderr ? ffmpegFailureCause(String(result.stderr)) : (this.failure?.message ?? `exit code ${String(result.exitCode)}`);
      throw new MotionregError('encode_failed', `cannot encode ${this.out}: ${cause}`, { component: 'render', cause: this.failure ?? undefined });
    }
  }

  /** Stops ffmpeg (after an error elsewhere) and waits for it to exit. */
  async abort(): Promise<void> {
    this.stdin.destroy();
    this.audio.destroy();
    this.process.kill('SIGKILL');
    await this.exited;
  }

  /** The error for an ffmpeg that stopped reading: its own last words when it has exited, else the write error. */
  private async encodeError(cause: Error): Promise<MotionregError> {
    const result = await this.exited;
    const reason = result.stderr ? ffmpegFailureCause(String(result.stderr)) : `ffmpeg stopped reading frames (${cause.message})`;
    return new MotionregError('encode_failed', `cannot encode ${this.out}: ${reason}`, { component: 'render', cause });
  }
}
