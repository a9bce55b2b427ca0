/**
 * The three workflows of the design (seed 003 §7.5) sharing one registry: two frame-focused loops
 * that grow only the static registries (one exploring, favouring underused entries; one exploiting,
 * favouring the most used) and one window-focused loop that grows the dynamic and narrative ones.
 * They run interleaved, one job each per round, on the embedded default store.
 *
 *   npx tsx examples/three-workflows/three-workflows.ts [rounds] [store-url]
 */
import { pathToFileURL } from 'node:url';
import { runLoop } from '@motionreg/cli';
import { defaultStoreUrl, openStore } from '@motionreg/grow';
import type { RegistryExport } from '@motionreg/primitives';

const workflows = [
  { workflow: 'frame-explorer', focus: 'frame', exploitRatio: 0 },
  { workflow: 'frame-exploiter', focus: 'frame', exploitRatio: 1 },
  { workflow: 'window-explorer', focus: 'window', exploitRatio: 0.3 },
] as const;

/** Runs `rounds` rounds of the three workflows and returns the registry export afterwards. */
export async function threeWorkflows(rounds: number, storeUrl: string, outDir = './motionreg-out', size = { width: 320, height: 240, fps: 24, durationSeconds: 2 }): Promise<RegistryExport> {
  const store = openStore(storeUrl);
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, workflow] of workflows.entries()) {
        const seed = round * workflows.length + index;
        for await (const report of runLoop(store, { runs: 1, seed, outDir, ...size, ...workflow })) {
          console.log(`${workflow.workflow} (${workflow.focus}): +${report.added} new, ${report.counted} counted — ${report.prompt}`);
        }
      }
    }
    return await store.exportRegistries();
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const exported = await threeWorkflows(Number(process.argv[2] ?? 2), process.argv[3] ?? defaultStoreUrl);
  console.log(`static colours ${exported.static.colors.length}, dynamic camera ${exported.dynamic.camera.length}, gradient ${exported.dynamic.gradient.length}`);
}
