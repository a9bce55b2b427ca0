import { Worker } from 'node:worker_threads';
import { ffmpegFailureCause, resolveFfmpeg } from '@motionreg/media';
import { damageLine } from './decode-damage.js';
import { decodeFailure } from './ffmpeg-stream.js';
import type { FfmpegStreamOptions } from './ffmpeg-stream.js';
import { parseFrameLine, parseTimeBase, settleFrameTime, showinfoFilter } from './frame-times.js';
import { readAheadWorkerSource } from './read-ahead-worker.js';

/** One decoded rgb24 frame. `data` is reused by the decoder: read it before asking for the next frame. */
export interface DecodedFrame {
  /** 0-based position in presentation order: every decoded frame once, none duplicated or dropped. */
  index: number;
  /** Presentation time in seconds from the file's start, as the file gives it (variable frame rates kept). */
  time: number;
  width: number;
  height: number;
  /** `width * height * 3` bytes, rows top to bottom, pixels left to right, R G B. */
  data: Uint8Array;
}

/** What {@link decodeVideoFrames} returns once every frame was handed over. */
export interface DecodeSummary {
  frameCount: number;
  /** The last frame's time (seconds). */
  lastTime: number;
  /** ffmpeg's first line telling of damage (a file cut short decodes what it can and exits 0), or null. */
  damage: string | null;
}

/** Options for {@link decodeVideoFrames}. */
export interface DecodeVideoOptions extends FfmpegStreamOptions {
  /**
   * Keep every n-th pixel of every n-th row (ffmpeg's nearest-neighbour scaler, so each kept pixel is a
   * decoded pixel, not an average). why: colour analysis visits a regular grid of samples anyway; letting
   * ffmpeg convert only those to RGB costs less than converting every pixel and skipping most of them.
   * @default 1 (every pixel)
   */
  decimation?: number;
  /**
   * Frames a worker thread may read ahead while the caller works on the current one (at least 1). Capped
   * so the slots stay under 48 MB whatever the frame size (at least 2 slots).
   * @default 3
   */
  readAheadFrames?: number;
  /** Nominal frame rate, used only to time a frame the file gives no timestamp. @default 25 */
  fps?: number;
}

/**
 * Streams the first video stream of any file ffmpeg can read as rgb24 frames in presentation order, each
 * decoded frame once with its own time (variable frame rates kept), holding a few frames in memory
 * whatever the clip length.
 * Throws `decode_failed` naming the file when ffmpeg fails, the stream ends mid-frame or no frame decodes.
 *
 * @example
 * ```ts
 * for await (const frame of decodeVideoFrames('clip.mp4')) console.log(frame.index, frame.data[0]);
 * ```
 */
export async function* decodeVideoFrames(path: string, options: DecodeVideoOptions = {}): AsyncGenerator<DecodedFrame, DecodeSummary, undefined> {
  return yield* decodeWithReadAhead(path, Math.max(1, Math.floor(options.readAheadFrames ?? 3)), options);
}

function videoArguments(path: string, decimation = 1): string[] {
  const step = Math.max(1, Math.floor(decimation));
  const scale = step > 1 ? [`scale=max(1\\,trunc(iw/${step})):max(1\\,trunc(ih/${step})):flags=neighbor`] : [];
  // why: `-vsync passthrough` hands over every decoded frame once with its own timestamp; rawvideo output
  // would otherwise make the stream constant-rate, duplicating frames of a variable-frame-rate file.
  // (`-vsync` rather than `-fps_mode`: the 2018 static ffmpeg some installs resolve knows only this name.)
  const filter = ['-vf', [...scale, showinfoFilter].join(',')];
  return ['-hide_banner', '-nostdin', '-nostats', '-i', path, '-map', '0:v:0', '-an', '-sn', '-dn', '-vsync', 'passthrough', ...filter, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'];
}

type WorkerMessage =
  | { type: 'spawned'; pid: number }
  | { type: 'layout'; width: number; height: number; slots: SharedArrayBuffer[] }
  | { type: 'timeBase'; line: string }
  | { type: 'frame'; slot: number; info: string | null }
  | { type: 'end'; exitCode: number | null; pendingBytes: number; stderr: string; sawLayout: boolean }
  | { type: 'error'; message: string };

/** The read-ahead path: a worker thread runs ffmpeg and fills shared frame slots; this thread analyses. */
async function* decodeWithReadAhead(path: string, readAhead: number, options: DecodeVideoOptions): AsyncGenerator<DecodedFrame, DecodeSummary, undefined> {
  const ffmpeg = resolveFfmpeg(options.ffmpegPath === undefined ? {} : { ffmpegPath: options.ffmpegPath });
  const slotCount = readAhead + 1;
  // slot i is free when control[i] is 1; control[slotCount] counts releases (see the worker source)
  const control = new Int32Array(new SharedArrayBuffer((slotCount + 1) * 4));
  const worker = new Worker(readAheadWorkerSource, {
    eval: true,
    // why: the source is CommonJS; a parent started with flags such as `--input-type=module` must not
    // pass them on and turn it into an ES module.
    execArgv: [],
    workerData: { ffmpegPath: ffmpeg.path, args: videoArguments(path, options.decimation), slotCount, maxSlotBytes: 48 * 1024 * 1024, headChars: 32_768, tailChars: 8_192, control },
  });
  const release = (slot: number) => {
    Atomics.store(control, slot, 1);
    Atomics.add(control, slotCount, 1);
    Atomics.notify(control, slotCount);
  };
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  const next = async (): Promise<WorkerMessage> => {
    while (queue.length === 0) {
      if (failure) throw decodeFailure(path, `frame reader failed: ${String(failure)}`, failure);
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
    return queue.shift()!;
  };
  let slots: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  let index = 0;
  let ended = false;
  let timeBase: ReturnType<typeof parseTimeBase> = null;
  let time = 0;
  let pid: number | undefined;
  try {
    for (;;) {
      const message = await next();
      if (message.type === 'spawned') {
        pid = message.pid;
      } else if (message.type === 'layout') {
        ({ width, height } = message);
        slots = message.slots.map((buffer) => new Uint8Array(buffer));
      } else if (message.type === 'timeBase') {
        timeBase = parseTimeBase(message.line) ?? timeBase;
      } else if (message.type === 'frame') {
        const data = slots[message.slot]!;
        const parsed = message.info === null ? null : parseFrameLine(message.info, timeBase);
        time = settleFrameTime(parsed?.time ?? null, index === 0 ? null : time, options.fps ?? 25);
        yield { index, time, width, height, data };
        index += 1;
        release(message.slot);
      } else if (message.type === 'error') {
        ended = true;
        throw decodeFailure(path, message.message);
      } else {
        ended = true;
        if (message.exitCode !== 0) throw decodeFailure(path, ffmpegFailureCause(message.stderr));
        if (!message.sawLayout) throw decodeFailure(path, 'no video stream');
        if (message.pendingBytes > 0) throw decodeFailure(path, `video stream ended inside frame ${index}`);
        if (index === 0) throw decodeFailure(path, 'no video frame could be decoded');
        return { frameCount: index, lastTime: time, damage: damageLine(message.stderr) };
      }
    }
  } finally {
    // why: a child process outlives the worker thread that spawned it; end our ffmpeg by its id first.
    if (!ended && pid !== undefined) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await worker.terminate();
  }
}
