import { FixedSizeChunker } from './fixed-size-chunker.js';
import { decodeFailure, startFfmpegStream, stderrCause } from './ffmpeg-stream.js';
import type { FfmpegStreamOptions } from './ffmpeg-stream.js';

/** Options for {@link decodeAudioSamples}. */
export interface DecodeAudioOptions extends FfmpegStreamOptions {
  /** Output sample rate in Hz (ffmpeg resamples). @default 48000 */
  sampleRate?: number;
  /** Samples per yielded block (the last block may be shorter). @default 4096 */
  blockSamples?: number;
}

/**
 * Streams the first audio stream of a file as mono 32-bit float PCM (ffmpeg's own downmix and
 * resampler), in blocks of a fixed number of samples, in bounded memory. Each yielded block is reused:
 * read it before asking for the next. Throws `decode_failed` when ffmpeg fails or the file has no audio.
 *
 * @example
 * ```ts
 * for await (const block of decodeAudioSamples('clip.mp4')) console.log(block.length);
 * ```
 */
export async function* decodeAudioSamples(path: string, options: DecodeAudioOptions = {}): AsyncGenerator<Float32Array, number, undefined> {
  const sampleRate = options.sampleRate ?? 48_000;
  const blockSamples = options.blockSamples ?? 4096;
  const stream = startFfmpegStream(
    ['-hide_banner', '-nostdin', '-nostats', '-i', path, '-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', '1', '-ar', String(sampleRate), '-f', 'f32le', 'pipe:1'],
    options,
  );
  let finished = false;
  try {
    const chunker = new FixedSizeChunker(blockSamples * 4);
    let total = 0;
    for await (const chunk of stream.stdout as AsyncIterable<Uint8Array>) {
      for (const bytes of chunker.push(chunk)) {
        total += blockSamples;
        yield new Float32Array(bytes.buffer, bytes.byteOffset, blockSamples);
      }
    }
    const exitCode = await stream.finish();
    finished = true;
    if (exitCode !== 0) throw decodeFailure(path, stderrCause(stream));
    const rest = chunker.takePending();
    const restSamples = Math.floor(rest.length / 4);
    if (restSamples > 0) {
      total += restSamples;
      yield new Float32Array(rest.buffer, rest.byteOffset, restSamples);
    }
    return total;
  } finally {
    if (!finished) await stream.stop();
  }
}
