import { FixedSizeChunker } from './fixed-size-chunker.js';
import { decodeFailure, startFfmpegStream, stderrCause } from './ffmpeg-stream.js';
import type { FfmpegStreamOptions } from './ffmpeg-stream.js';

/** One decoded rgb24 frame. `data` is reused by the decoder: read it before asking for the next frame. */
export interface DecodedFrame {
  index: number;
  width: number;
  height: number;
  /** `width * height * 3` bytes, rows top to bottom, pixels left to right, R G B. */
  data: Uint8Array;
}

/** Options for {@link decodeVideoFrames}. */
export type DecodeVideoOptions = FfmpegStreamOptions;

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
  const stream = startFfmpegStream(
    ['-hide_banner', '-nostdin', '-nostats', '-i', path, '-map', '0:v:0', '-an', '-sn', '-dn', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
    options,
  );
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
