import { MotionregError } from '@motionreg/primitives';
import { clipContentType } from './clip-store.js';
import type { ClipStore } from './clip-store.js';

/** The part of a Worker's R2 binding (`R2Bucket`) the clip store uses. */
export interface R2BucketLike {
  put(key: string, value: ReadableStream<Uint8Array>, options: { httpMetadata: { contentType: string } }): Promise<unknown>;
  get(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null>;
}

/** Workers' stream of a declared length: R2 needs the length of a streamed upload up front. */
interface FixedLengthStreamConstructor {
  new (length: number): TransformStream<Uint8Array, Uint8Array>;
}

/** The R2 object key of a job's clip. Job ids may hold any character; encoding keeps keys one level deep. */
export function clipObjectKey(jobId: string): string {
  return `clips/${encodeURIComponent(jobId)}.mp4`;
}

/**
 * Clips in an R2 bucket (a Worker's `env.CLIPS` binding), streamed in and out, never held whole in
 * the Worker's memory. An R2 put is atomic: a failed upload leaves the earlier clip in place.
 */
export function createR2ClipStore(bucket: R2BucketLike): ClipStore {
  return {
    kind: 'r2',
    async put(jobId, body, bytes) {
      const FixedLengthStream = (globalThis as { FixedLengthStream?: FixedLengthStreamConstructor }).FixedLengthStream;
      if (FixedLengthStream === undefined) throw new MotionregError('internal', 'the R2 clip store runs only on Workers (FixedLengthStream is missing)', { component: 'service' });
      const fixed = new FixedLengthStream(bytes);
      const stopPipe = new AbortController();
      const stored = bucket.put(clipObjectKey(jobId), fixed.readable, { httpMetadata: { contentType: clipContentType } });
      // why: a put that fails without reading its stream would leave the pipe waiting forever on backpressure.
      stored.catch(() => stopPipe.abort());
      // why: when the body fails first (it broke a limit), that is the error to report, not the
      // put's resulting "stream errored" (nor the pipe's abort when the put failed first).
      let bodyFailure: { error: unknown } | undefined;
      const piped = body.pipeTo(fixed.writable, { signal: stopPipe.signal }).catch((error: unknown) => {
        if (!stopPipe.signal.aborted) bodyFailure = { error };
      });
      const [, put] = await Promise.allSettled([piped, stored]);
      if (bodyFailure !== undefined) throw bodyFailure.error;
      if (put.status === 'rejected') {
        throw new MotionregError('store_unavailable', `R2 put of the clip of job ${jobId} failed: ${String(put.reason)}`, { component: 'service', cause: put.reason, retryable: true });
      }
    },
    async get(jobId) {
      const object = await bucket.get(clipObjectKey(jobId));
      return object === null ? null : { body: object.body, bytes: object.size };
    },
  };
}
