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
      // why: pipe and put run together; when the pipe fails (the body broke a limit) that is the
      // error to report, not the put's resulting "stream errored".
      const [piped, stored] = await Promise.allSettled([body.pipeTo(fixed.writable), bucket.put(clipObjectKey(jobId), fixed.readable, { httpMetadata: { contentType: clipContentType } })]);
      if (piped.status === 'rejected') throw piped.reason;
      if (stored.status === 'rejected') throw new MotionregError('store_unavailable', `R2 put of the clip of job ${jobId} failed: ${String(stored.reason)}`, { component: 'service', cause: stored.reason, retryable: true });
    },
    async get(jobId) {
      const object = await bucket.get(clipObjectKey(jobId));
      return object === null ? null : { body: object.body, bytes: object.size };
    },
  };
}
