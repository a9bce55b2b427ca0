/**
 * The sound worker (seed 000 §3.1): audio only. Each run renders pure sounds drawn from the four
 * primitives and the registry's static sound discoveries, cuts the sound into segments, measures
 * them and grows the static sound registry, on the embedded default store.
 *
 *   npx tsx examples/sound-loop/sound-loop.ts [runs] [store-url]
 */
import { pathToFileURL } from 'node:url';
import { defaultStoreUrl, openStore } from '@motionreg/grow';
import { runSoundLoop } from '@motionreg/loops';
import type { SoundExportEntry } from '@motionreg/primitives';

/** Runs the sound loop and returns the static sound registry afterwards. */
export async function soundLoop(runs: number, storeUrl: string, durationSeconds = 2): Promise<SoundExportEntry[]> {
  const store = openStore(storeUrl);
  try {
    await runSoundLoop({ store, runs, durationSeconds });
    return (await store.exportRegistries()).static.sound;
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sounds = await soundLoop(Number(process.argv[2] ?? 3), process.argv[3] ?? defaultStoreUrl);
  console.log(`static sounds: ${sounds.map((sound) => `${sound.name} ×${sound.count}`).join(', ')}`);
}
