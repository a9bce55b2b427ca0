import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Extraction } from '@motionreg/primitives';
import { extractClip } from './extract-clip.js';
import type { ExtractClipOptions } from './extract-options.js';

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
export async function writeExtractionLines(path: string, output: Writable, options: Omit<ExtractClipOptions, 'onFrame' | 'onWindow'> = {}): Promise<Extraction> {
  const write = async (record: object) => {
    if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, 'drain');
  };
  const extraction = await extractClip(path, {
    ...options,
    onFrame: (frame) => write({ type: 'frame', ...frame }),
    onWindow: (window) => write({ type: 'window', ...window }),
  });
  await write({ type: 'extraction', ...extraction });
  return extraction;
}
