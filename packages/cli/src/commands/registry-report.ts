import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { invalidInput } from '@motionreg/primitives';
import { writeReport } from '@motionreg/report/node';
import { storeUrl, withStoreToRead } from './store-option.js';

/** Flags of `motionreg registry report` (defined in `define-registry-report.ts`). */
export interface ReportFlags {
  store?: string;
  out: string;
  clips?: string;
  thumbnails: boolean;
  maxClips: string;
  last: string;
  json?: boolean;
}

function wholeNumber(flag: string, value: string, minimum: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < minimum) throw invalidInput('cli', `${flag} ${value}: must be a whole number ≥ ${minimum}`);
  return number;
}

function kilobytes(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The action of `motionreg registry report`: reads the store (never creating or changing it) and writes the page. */
export async function reportAction(flags: ReportFlags): Promise<void> {
  const maxClips = wholeNumber('--max-clips', flags.maxClips, 0);
  const last = wholeNumber('--last', flags.last, 1);
  const out = resolve(flags.out);
  const besideOut = join(dirname(out), 'clips');
  const clipsDirectory = flags.clips ?? (existsSync(besideOut) ? besideOut : undefined);
  if (flags.clips !== undefined && !existsSync(flags.clips)) throw invalidInput('cli', `--clips ${flags.clips}: no such folder`);
  const result = await withStoreToRead(storeUrl(flags.store), (store) =>
    writeReport({ store, out, thumbnails: flags.thumbnails, maxClips, last, ...(clipsDirectory === undefined ? {} : { clipsDirectory }) }),
  );
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  for (const skipped of result.skippedClips) process.stderr.write(`[motionreg:cli] no frames from job ${skipped.jobId}: ${skipped.reason.split('\n')[0]}\n`);
  process.stdout.write(`wrote ${result.path} (${kilobytes(result.bytes)}: ${result.entries} entries, frames from ${result.clips} clip${result.clips === 1 ? '' : 's'})\n`);
}
