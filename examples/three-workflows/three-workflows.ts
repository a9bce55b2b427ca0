/**
 * The three workflows of the design (seed 003 §7.5) sharing one registry: two frame-focused loops
 * that grow only the static registries (one exploring, LOOP_EXPLOIT_RATIO_OVERRIDE=0; one
 * exploiting, =1) and one window-focused loop that grows the dynamic and narrative ones. Here they
 * take turns in one process, one job each per round; as separate processes they are
 * `LOOP_EXTRACTION_FOCUS=frame LOOP_EXPLOIT_RATIO_OVERRIDE=0 motionreg loop --runs 0` and so on.
 *
 *   npx tsx examples/three-workflows/three-workflows.ts [rounds] [store-url]
 */
import { pathToFileURL } from 'node:url';
import { defaultStoreUrl, openStore } from '@motionreg/grow';
import { runMainLoop } from '@motionreg/loops';
import type { RegistryExport } from '@motionreg/primitives';
import type { ClipSize } from '../main-loop/main-loop.js';

const workflows = [
  { workflow: 'frame-explorer', environment: { LOOP_EXTRACTION_FOCUS: 'frame', LOOP_EXPLOIT_RATIO_OVERRIDE: '0' } },
  { workflow: 'frame-exploiter', environment: { LOOP_EXTRACTION_FOCUS: 'frame', LOOP_EXPLOIT_RATIO_OVERRIDE: '1' } },
  { workflow: 'window-explorer', environment: { LOOP_EXTRACTION_FOCUS: 'window' } },
] as const;

/** Runs `rounds` rounds of the three workflows and returns the registry export afterwards. */
export async function threeWorkflows(rounds: number, storeUrl: string, outDir = './motionreg-out', size: ClipSize = { width: 320, height: 240, fps: 24, durationSeconds: 2 }): Promise<RegistryExport> {
  const store = openStore(storeUrl);
  const { durationSeconds, ...frame } = size;
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, { workflow, environment }] of workflows.entries()) {
        await runMainLoop({
          store, runs: 1, seed: round * workflows.length + index, outDir, ...frame, defaultDurationSeconds: durationSeconds,
          workflow, worker: workflow, environment, log: (line) => console.log(`${workflow}: ${line}`),
        });
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
