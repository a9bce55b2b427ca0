/**
 * The interpret worker (seed 000 §4.1): each cycle interprets the queued prompts, the prompts of jobs
 * never interpreted, and newly generated readable prompts, and reports how the linguistic registry
 * grew, with the four `[cycle]` lines, on the embedded default store.
 *
 *   npx tsx examples/interpret-loop/interpret-loop.ts [cycles] [store-url]
 */
import { pathToFileURL } from 'node:url';
import { defaultStoreUrl, openStore } from '@motionreg/grow';
import { runInterpretLoop } from '@motionreg/loops';
import type { InterpretLoopSummary } from '@motionreg/loops';

/** Queues `prompts`, runs `cycles` cycles of the interpret loop and returns its summary. */
export async function interpretLoop(cycles: number, storeUrl: string, prompts: readonly string[] = [], log: (line: string) => void = console.log): Promise<InterpretLoopSummary> {
  const store = openStore(storeUrl);
  try {
    for (const prompt of prompts) await store.enqueueInterpretation({ prompt, source: 'example' });
    return await runInterpretLoop({ store, runs: cycles, generate: 2, log });
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const summary = await interpretLoop(Number(process.argv[2] ?? 1), process.argv[3] ?? defaultStoreUrl, ['proper calm vibes, slow push in, no music']);
  console.log(`${summary.interpreted} queued, ${summary.backfilled} backfilled, ${summary.generated} generated; linguistic +${summary.linguisticAdded} new, ${summary.linguisticUpdated} updated`);
}
