import { ServiceError } from '../app/service-error.js';

/** The default largest JSON body a write accepts: 1 MB. */
export const defaultBodyLimitBytes = 1_000_000;

function tooLarge(what: string, limit: number, seen: string): ServiceError {
  return new ServiceError('invalid_input', `${what}: the body is ${seen}, more than the limit of ${limit} bytes`, { status: 413 });
}

/**
 * The declared length of a request body, or `undefined` when the request declares none (chunked).
 * A header that is not a whole number is a 400: a proxy would reject it too.
 */
export function declaredLength(header: string | undefined, what: string): number | undefined {
  if (header === undefined) return undefined;
  if (!/^\d+$/.test(header.trim())) throw new ServiceError('invalid_input', `${what}: Content-Length ${JSON.stringify(header)} is not a whole number of bytes`, { field: 'Content-Length' });
  return Number(header.trim());
}

/**
 * Reads a request body whole, refusing (413) one past `limit` bytes: first by its Content-Length,
 * before reading anything, then by counting the bytes as they stream in (a chunked body, or a
 * Content-Length that lies), cancelling the stream at the first byte too many.
 */
export async function readBodyLimited(request: Request, limit: number, what: string): Promise<Uint8Array> {
  const declared = declaredLength(request.headers.get('Content-Length') ?? undefined, what);
  if (declared !== undefined && declared > limit) throw tooLarge(what, limit, `${declared} bytes by its Content-Length`);
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(what, limit, `over ${total} bytes as streamed`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * A pass-through stream that counts bytes and errors once more than `limit` have passed (a clip
 * upload streamed to its store, never held whole in memory).
 */
export function limitedStream(limit: number, what: string, onByte: (chunk: Uint8Array) => void): TransformStream<Uint8Array, Uint8Array> {
  let total = 0;
  return new TransformStream({
    transform(chunk, controller) {
      total += chunk.byteLength;
      if (total > limit) {
        controller.error(tooLarge(what, limit, `over ${total} bytes as streamed`));
        return;
      }
      onByte(chunk);
      controller.enqueue(chunk);
    },
  });
}
