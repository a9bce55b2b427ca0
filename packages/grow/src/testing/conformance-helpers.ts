import type { Extraction, GrowthFocus, RegistryExport, RegistryStore, SceneSpec } from '@motionreg/primitives';
import { containsWholeWord } from '../core/whole-word.js';
import { observeExtraction } from '../growth/observe-extraction.js';

/** The prompt most conformance growths use. */
export const prompt = 'a slow pan over calm water';

/** `registry.aspect.origin.key` → count, from an export. */
export function exportCounts(document: RegistryExport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of document.static.colors) counts.set(`static.colors..${entry.key}`, entry.count);
  for (const entry of document.static.sound) counts.set(`static.sound..${entry.key}`, entry.count);
  for (const [aspect, list] of Object.entries(document.dynamic)) for (const entry of list) counts.set(`dynamic.${aspect}..${entry.key}`, entry.count);
  for (const [aspect, list] of Object.entries(document.narrative)) for (const entry of list) counts.set(`narrative.${aspect}.${entry.origin}.${entry.key}`, entry.count);
  return counts;
}

/** The counts growth must produce: the sum of the observations' occurrences over the given growths. */
export function expectedCounts(growths: readonly { extraction: Extraction; spec: SceneSpec | null; focus: GrowthFocus }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { extraction, spec, focus } of growths) {
    for (const observation of observeExtraction(extraction, spec, focus)) {
      const key = `${observation.registry}.${observation.aspect}.${observation.origin ?? ''}.${observation.key}`;
      counts.set(key, (counts.get(key) ?? 0) + observation.occurrences);
    }
  }
  return counts;
}

export function sortedEntries(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Everything a rename must reach, as text: the export, every job and every learning run. */
export async function everything(store: RegistryStore): Promise<string> {
  const document = await store.exportRegistries();
  const jobs = await store.listJobs({ limit: 10_000 });
  const learning = await Promise.all(jobs.map((job) => store.getLearningRun(job.id)));
  return JSON.stringify({ document, jobs, learning });
}

/** Whole-word uses of `name` inside the string values of a JSON text. */
export function usesOf(json: string, name: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      if (containsWholeWord(node, name)) found.push(node);
    } else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(JSON.parse(json));
  return found;
}
