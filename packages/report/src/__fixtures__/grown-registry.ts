import { growFromExtraction, growFromPrompt } from '@motionreg/grow';
import { buildExtraction, buildInstruction, buildSceneSpec } from '@motionreg/grow/testing';
import type { CameraMotion, Mapping, RegistryStore, Rgb } from '@motionreg/primitives';

/** A prompt that tries to run a script: the report must show it as text. */
export const hostilePrompt = 'a slow pan </q><script>window.__pwned = 1</script> over <b>teal</b> & "orange"';

const palettes: readonly (readonly Rgb[])[] = [
  [[0, 128, 128], [255, 136, 0], [34, 34, 68], [238, 238, 221]],
  [[136, 0, 68], [102, 170, 51], [255, 136, 0], [20, 60, 200]],
  [[250, 200, 40], [10, 10, 10], [200, 30, 60], [0, 128, 128]],
  [[90, 40, 160], [240, 240, 240], [0, 200, 180], [120, 80, 40]],
];

const cameras: readonly (readonly CameraMotion[])[] = [['pan', 'zoom'], ['tilt', 'static'], ['zoom', 'rotate'], ['pan', 'handheld']];

const mappings: readonly Mapping[][] = [
  [{ span: 'proper calm', canonical: 'calm', domain: 'audio.mood', kind: 'dialect' }, { span: 'slow pan', canonical: 'pan', domain: 'camera.motion', kind: 'exact' }],
  [{ span: 'bussin', canonical: 'vivid', domain: 'palette.modifiers', kind: 'slang' }],
  [{ span: 'whip pan', canonical: 'fast', domain: 'camera.speed', kind: 'synonym' }, { span: 'slow pan', canonical: 'pan', domain: 'camera.motion', kind: 'exact' }],
  [{ span: 'dreich', canonical: 'cool', domain: 'lighting.temperature', kind: 'dialect' }],
];

/** What {@link growFixtureRegistry} made. */
export interface GrownRegistry {
  jobIds: string[];
  failedJobId: string;
}

/**
 * Grows a small but complete registry through the real growth path (`growFromExtraction`,
 * `growFromPrompt`) from grow's hand-built extractions: every registry section gets entries, one
 * prompt is hostile HTML, and one job fails with an error (diagnostics). `clipPathOf` gives each job
 * a clip path to record (for thumbnails), or none.
 */
export async function growFixtureRegistry(store: RegistryStore, clipPathOf: (index: number) => string | null = () => null): Promise<GrownRegistry> {
  const prompts = [hostilePrompt, 'lowkey bussin sunset, slow push in', 'neon city at night, whip pan', 'proper dreich loch, calm'];
  const jobIds: string[] = [];
  for (const [index, prompt] of prompts.entries()) {
    const job = await store.createJob({ prompt, workflow: 'fixture' });
    await growFromPrompt(store, buildInstruction(prompt, mappings[index] ?? []), { sourceId: job.id, source: 'fixture' });
    const clipPath = clipPathOf(index);
    await store.updateJob(job.id, { status: 'extracted', clipPath: clipPath ?? `/nowhere/${job.id}.mp4` });
    const extraction = buildExtraction({
      seed: index + 1,
      palette: palettes[index]!,
      cuts: index % 2 === 0 ? [12, 30] : [20],
      cameraTypes: cameras[index]!,
      durationSeconds: 3,
    });
    await growFromExtraction(store, extraction, buildSceneSpec(prompt, ['Teal', 'Orange']), { jobId: job.id, focus: 'all', prompt });
    jobIds.push(job.id);
  }
  const failed = await store.createJob({ prompt: 'a <i>failing</i> prompt', workflow: 'fixture' });
  await store.updateJob(failed.id, { status: 'failed', error: 'render: ffmpeg exited with code 1 <stderr>' });
  return { jobIds, failedJobId: failed.id };
}
