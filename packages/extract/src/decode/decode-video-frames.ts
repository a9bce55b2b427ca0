import { Worker } from 'node:worker_threads';
import { ffmpegFailureCause, resolveFfmpeg } from '@motionreg/media';
import { FixedSizeChunker } from './fixed-size-chunker.js';
import { decodeFailure, startFfmpegStream, stderrCause } from './ffmpeg-stream.js';
import type { FfmpegStreamOptions } from './ffmpeg-stream.js';
import { readAheadWorkerSource } from './read-ahead-worker.js';

/** One decoded rgb24 frame. `data` is reused by the decoder: read it before asking for the next frame. */
export interface DecodedFrame {
  index: number;
  width: number;
  height: number;
  /** `width * height * 3` bytes, rows top to bottom, pixels left to right, R G B. */
  data: Uint8Array;
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
   * Frames a worker thread may read ahead while the caller works on the current one (0: read on the
   * caller's thread, so ffmpeg waits while each frame is processed). Capped so the slots stay under
   * 48 MB whatever the frame size (at least 2 slots).
   * @default 3
   */
  readAheadFrames?: number;
}

// why: ffmpeg prints the output stream before it writes the first frame; reading the size there (rather
// than from the input) follows whatever ffmpeg does to the picture, such as applying a rotation tag.
const outputVideoPattern = /Output #0[\s\S]*?Stream #\d+:\d+[^\n]*?: Video: rawvideo[^\n]*?, (\d+)x(\d+)/;

/**
 * Streams the first video stream of any file ffmpeg can read as rgb24 frames, one at a time, holding
 * one frame in memory whatever the clip length (ffmpeg blocks on the pipe while a frame is processed).
 * Throws `decode_failed` naming the file when ffmpeg fails, the stream ends mid-frame or no frame decodes.
 *
 * @example
 * ```ts
 * for await (const frame of decodeVideoFrames('clip.mp4')) console.log(frame.index, frame.data[0]);
 * ```
 */
export async function* decodeVideoFrames(path: string, options: DecodeVideoOptions = {}): AsyncGenerator<DecodedFrame, number, undefined> {
  const readAhead = options.readAheadFrames ?? 3;
  if (readAhead > 0) return yield* decodeWithReadAhead(path, readAhead, options);
  const stream = startFfmpegStream(videoArguments(path, options.decimation), options);
  let finished = false;
  try {
    const layout = await stream.waitForStderr(outputVideoPattern);
    if (!layout) {
      const exitCode = await stream.finish();
      finished = true;
      throw decodeFailure(path, exitCode === 0 ? 'no video stream' : stderrCause(stream));
    }
    const width = Number(layout[1]);
    const height = Number(layout[2]);
    const chunker = new FixedSizeChunker(width * height * 3);
    let index = 0;
    for await (const chunk of stream.stdout as AsyncIterable<Uint8Array>) {
      for (const data of chunker.push(chunk)) {
        yield { index, width, height, data };
        index += 1;
      }
    }
    const exitCode = await stream.finish();
    finished = true;
    if (exitCode !== 0) throw decodeFailure(path, stderrCause(stream));
    if (chunker.pendingBytes > 0) throw decodeFailure(path, `video stream ended inside frame ${index}`);
    if (index === 0) throw decodeFailure(path, 'no video frame could be decoded');
    return index;
  } finally {
    if (!finished) await stream.stop();
  }
}

function videoArguments(path: string, decimation = 1): string[] {
  const step = Math.max(1, Math.floor(decimation));
  const filter = step > 1 ? ['-vf', `scale=max(1\\,trunc(iw/${step})):max(1\\,trunc(ih/${step})):flags=neighbor`] : [];
  return ['-hide_banner', '-nostdin', '-nostats', '-i', path, '-map', '0:v:0', '-an', '-sn', '-dn', ...filter, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'];
}

type WorkerMessage =
  | { type: 'spawned'; pid: number }
  | { type: 'layout'; width: number; height: number; slots: SharedArrayBuffer[] }
  | { type: 'frame'; slot: number }
  | { type: 'end'; exitCode: number | null; pendingBytes: number; stderr: string; sawLayout: boolean }
  | { type: 'error'; message: string };

/** The read-ahead path: a worker thread runs ffmpeg and fills shared frame slots; this thread analyses. */
async function* decodeWithReadAhead(path: string, readAhead: number, options: DecodeVideoOptions): AsyncGenerator<DecodedFrame, number, undefined> {
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
  let pid: number | undefined;
  try {
    for (;;) {
      const message = await next();
      if (message.type === 'spawned') {
        pid = message.pid;
      } else if (message.type === 'layout') {
        ({ width, height } = message);
        slots = message.slots.map((buffer) => new Uint8Array(buffer));
      } else if (message.type === 'frame') {
        const data = slots[message.slot]!;
        yield { index, width, height, data };
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
        return index;
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
