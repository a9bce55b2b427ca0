/**
 * The reference main loop: N runs of prompt → interpret → create → render → extract → grow on the
 * embedded default store (./motionreg-out/registry.db), then the registry's diagnostics. Set
 * LOOP_EXTRACTION_FOCUS (frame | window) and LOOP_EXPLOIT_RATIO_OVERRIDE (0–1) to make it one of the
 * split workers.
 *
 *   npx tsx examples/main-loop/main-loop.ts [runs] [store-url]
 */
import { pathToFileURL } from 'node:url';
import { defaultStoreUrl, openStore } from '@motionreg/grow';
import { runMainLoop } from '@motionreg/loops';
import type { Diagnostics } from '@motionreg/primitives';

/** Clip size and length of each run. */
export interface ClipSize {
  width: number;
  height: number;
  fps: number;
  durationSeconds: number;
}

/** Runs the main loop and returns the store's diagnostics afterwards. */
export async function mainLoop(runs: number, storeUrl: string, outDir = './motionreg-out', size: ClipSize = { width: 320, height: 240, fps: 24, durationSeconds: 2 }): Promise<Diagnostics> {
  const store = openStore(storeUrl);
  try {
    const { durationSeconds, ...frame } = size;
    await runMainLoop({ store, runs, outDir, ...frame, defaultDurationSeconds: durationSeconds });
    return await store.diagnostics({ last: runs });
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const diagnostics = await mainLoop(Number(process.argv[2] ?? 3), process.argv[3] ?? defaultStoreUrl);
  console.log(`missing learning runs: ${diagnostics.missingLearning}, missing discovery runs: ${diagnostics.missingDiscovery}, failed jobs: ${diagnostics.failed.length}`);
}
