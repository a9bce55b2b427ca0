import type { Rgb } from '@motionreg/primitives';

/** Colours every job of the multi-process test shares, so both processes contend for the same keys. */
export const sharedPalette: Rgb[] = [[0, 128, 128], [255, 136, 0], [34, 34, 68], [238, 238, 221], [136, 0, 68], [102, 170, 51], [200, 40, 40]];

/** The fixture seed of a job id `p<process>-<n>`: the same in the parent and in both children. */
export function jobSeed(jobId: string): number {
  let hash = 17;
  for (const character of jobId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash % 100_000;
}
