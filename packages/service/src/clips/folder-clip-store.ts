import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ClipStore } from './clip-store.js';

/** The file name of a job's clip: a hash of the id, because ids may hold any character and be 200 long. */
export function clipFileName(jobId: string): string {
  return `${createHash('sha256').update(jobId).digest('hex').slice(0, 40)}.mp4`;
}

/**
 * Clips in a folder (on Node, beside the SQLite file: `registry.db` keeps its clips in
 * `registry.clips/`). Each upload is written to a temporary name and renamed over the clip, so a
 * reader sees the old clip or the new one, never half of one, and a failed upload leaves nothing.
 */
export function createFolderClipStore(directory: string): ClipStore {
  return {
    kind: 'folder',
    async put(jobId, body) {
      await mkdir(directory, { recursive: true });
      const target = join(directory, clipFileName(jobId));
      const partial = `${target}.${randomUUID()}.partial`;
      const file = await open(partial, 'wx');
      try {
        for await (const chunk of body) await file.write(chunk);
        await file.sync();
        await file.close();
        await rename(partial, target);
      } catch (error) {
        await file.close().catch(() => undefined);
        await unlink(partial).catch(() => undefined);
        throw error;
      }
    },
    async get(jobId) {
      const path = join(directory, clipFileName(jobId));
      let bytes: number;
      try {
        bytes = (await stat(path)).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      // why: Readable.toWeb types its chunks as any; a file stream yields Buffers, which are Uint8Arrays.
      return { body: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, bytes };
    },
  };
}
