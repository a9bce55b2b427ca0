/** The media type of every clip the service keeps (the renderer's H.264/AAC MP4). */
export const clipContentType = 'video/mp4';

/** The default largest clip upload: 200 MB (a Worker's request body limit is 100 MB on the free and pro plans). */
export const defaultClipLimitBytes = 200_000_000;

/** A stored clip, streamed back. */
export interface StoredClip {
  readonly body: ReadableStream<Uint8Array>;
  readonly bytes: number;
}

/**
 * Where the service keeps the clip of each job, so a report can show clips found by any worker.
 * Implementations: {@link createR2ClipStore} (a Worker's R2 binding) and {@link createFolderClipStore}
 * (a folder beside the SQLite file). A clip is replaced whole or not at all.
 */
export interface ClipStore {
  readonly kind: string;
  /** Stores `body` (exactly `bytes` long) as the clip of `jobId`, replacing any earlier one. */
  put(jobId: string, body: ReadableStream<Uint8Array>, bytes: number): Promise<void>;
  /** The clip of `jobId`, or `null` when none was uploaded. */
  get(jobId: string): Promise<StoredClip | null>;
}
