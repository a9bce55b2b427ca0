import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Extraction } from '@motionreg/primitives';
import { extractClip } from './extract-clip.js';
import type { ExtractClipOptions } from './extract-options.js';

/** Options of {@link writeExtractionLines}: those of `extractClip` but the two streaming hooks, and a stop. */
export interface WriteExtractionLinesOptions extends Omit<ExtractClipOptions, 'onFrame' | 'onWindow'> {
  /**
   * Stops the extraction at the next record once aborted (rejecting with the signal's reason), e.g. when
   * the reader of `output` went away: a closed pipe never drains, so waiting for it would hang.
   */
  signal?: AbortSignal;
}

/**
 * Extracts a video of any length in flat memory, writing it to `output` as JSON Lines (see
 * `extractionLineSchema`): each frame's record as it is measured (`{"type":"frame",…}`), then each window's
 * (`{"type":"window",…}`), then the whole-clip record (`{"type":"extraction",…}`, with `frames` and `windows`
 * empty: summary, cuts, transitions, tempo, narrative). Waits for `output` to drain when it is full, so a
 * slow reader slows the extraction instead of filling memory. Resolves with that last record.
 *
 * @example
 * ```ts
 * import { createWriteStream } from 'node:fs';
 * await writeExtractionLines('film.mp4', createWriteStream('film.jsonl'));
 * ```
 */
export async function writeExtractionLines(path: string, output: Writable, options: WriteExtractionLinesOptions = {}): Promise<Extraction> {
  const { signal, ...extractOptions } = options;
  const write = async (record: object) => {
    signal?.throwIfAborted();
    // why: a stream that already failed never emits 'drain' again
    if (output.errored) throw output.errored;
    // why: `once` also rejects on the stream's 'error' (a full disk, a closed pipe) instead of waiting forever
    if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, 'drain', signal ? { signal } : {});
  };
  const extraction = await extractClip(path, {
    ...extractOptions,
    onFrame: (frame) => write({ type: 'frame', ...frame }),
    onWindow: (window) => write({ type: 'window', ...window }),
  });
  await write({ type: 'extraction', ...extraction });
  return extraction;
}
