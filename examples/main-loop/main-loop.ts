/**
 * The reference main loop: N runs of prompt → interpret → create → render → extract → grow on the
 * embedded default store (./motionreg-out/registry.db), then the registry's diagnostics.
 *
 *   npx tsx examples/main-loop/main-loop.ts [runs] [store-url]
 */
import { pathToFileURL } from 'node:url';
import { runLoop } from '@motionreg/cli';
import { defaultStoreUrl, openStore } from '@motionreg/grow';
import type { Diagnostics } from '@motionreg/primitives';

/** Runs the main loop and returns the store's diagnostics afterwards. */
export async function mainLoop(runs: number, storeUrl: string, outDir = './motionreg-out', size = { width: 320, height: 240, fps: 24, durationSeconds: 2 }): Promise<Diagnostics> {
  const store = openStore(storeUrl);
  try {
    for await (const report of runLoop(store, { runs, outDir, ...size })) {
      console.log(`[${report.run}/${runs}] +${report.added} new, ${report.counted} counted — ${report.prompt}`);
    }
    return await store.diagnostics({ last: runs });
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const diagnostics = await mainLoop(Number(process.argv[2] ?? 3), process.argv[3] ?? defaultStoreUrl);
  console.log(`missing learning runs: ${diagnostics.missingLearning}, missing discovery runs: ${diagnostics.missingDiscovery}`);
}
