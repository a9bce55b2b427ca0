import { dynamicAspects } from '@motionreg/primitives';
import type { RegistryExport } from '@motionreg/primitives';

/**
 * Chooses which clips to take frames from: greedily, the clip that shows the most dynamic entries
 * not yet shown, until every entry with an available clip is covered or `limit` clips are chosen.
 * Few clips keep the page small; every entry whose clips exist still gets a picture when the limit
 * allows. `available` says whether a job's clip can be read.
 */
export function chooseClips(registries: RegistryExport, available: (jobId: string) => boolean, limit: number): string[] {
  const uncovered = dynamicAspects
    .flatMap((aspect) => registries.dynamic[aspect])
    .map((entry) => entry.sources.filter(available))
    .filter((sources) => sources.length > 0);
  const chosen: string[] = [];
  let remaining = uncovered;
  while (remaining.length > 0 && chosen.length < limit) {
    const tally = new Map<string, number>();
    for (const sources of remaining) for (const jobId of new Set(sources)) tally.set(jobId, (tally.get(jobId) ?? 0) + 1);
    let best: string | undefined;
    for (const [jobId, count] of tally) if (best === undefined || count > tally.get(best)!) best = jobId;
    if (best === undefined) break;
    chosen.push(best);
    remaining = remaining.filter((sources) => !sources.includes(best));
  }
  return chosen;
}
