import { MotionregError } from '@motionreg/primitives';

/** A clip to upload: its bytes, a stream of them, or (on Node) a file path. */
export type ClipSource = Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | string;

/**
 * Reads a clip into memory before it is sent. Why not stream it: a write may be tried up to five
 * times, and a stream can be read once; clips are a few megabytes, so holding one is cheap, while a
 * stream consumed by a failed try would make the retry send nothing.
 */
export async function readClipSource(source: ClipSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (typeof source === 'string') {
    // why: imported only for a path, so the client still runs where there is no file system (Workers, browsers).
    const { readFile } = await import('node:fs/promises');
    try {
      return new Uint8Array(await readFile(source));
    } catch (cause) {
      throw new MotionregError('invalid_input', `uploadClip: cannot read clip file ${source}: ${(cause as Error).message}`, { component: 'client', cause });
    }
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  const iterable: AsyncIterable<Uint8Array> = Symbol.asyncIterator in source ? source : streamChunks(source);
  for await (const chunk of iterable) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.byteLength;
  }
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
