import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MotionregError } from '@motionreg/primitives';
import { sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { renderClip } from './render-clip.js';
import type { RenderProgress } from './render-clip.js';

const directories: string[] = [];
afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

/** An output folder and a separate working folder, so a test sees exactly what one render left behind. */
async function folders(): Promise<{ out: string; work: string }> {
  const root = await mkdtemp(join(tmpdir(), 'motionreg-render-abort-'));
  directories.push(root);
  const out = join(root, 'out');
  const work = join(root, 'work');
  await Promise.all([mkdir(out), mkdir(work)]);
  return { out, work };
}

async function rejection(run: Promise<unknown>): Promise<unknown> {
  return run.then(() => 'resolved', (error: unknown) => error);
}

describe('renderClip: interrupted', () => {
  it('aborted mid-render leaves no MP4, no truth, no still, no WAV, no partial file and no working folder', async () => {
    const { out, work } = await folders();
    const controller = new AbortController();
    const heard: RenderProgress[] = [];
    const error = await rejection(renderClip(sceneSpecFixture(), {
      out: join(out, 'clip.mp4'), width: 64, height: 48, fps: 24, durationSeconds: 4, stills: [0, 1], wav: true,
      temporaryDirectory: work, signal: controller.signal,
      onProgress: (progress) => {
        heard.push(progress);
        if (progress.done === 10) controller.abort();
      },
    }));
    expect((error as Error).name).toBe('AbortError');
    expect(heard.at(-1)?.done).toBe(10);
    expect(await readdir(out)).toEqual([]);
    expect(await readdir(work)).toEqual([]);
  });

  it('an already aborted signal rejects before anything is made', async () => {
    const { out, work } = await folders();
    const error = await rejection(renderClip(sceneSpecFixture(), { out: join(out, 'clip.mp4'), width: 64, height: 48, temporaryDirectory: work, signal: AbortSignal.abort() }));
    expect((error as Error).name).toBe('AbortError');
    expect([...(await readdir(out)), ...(await readdir(work))]).toEqual([]);
  });

  it('reports progress frame by frame, and leaves only the finished files', async () => {
    const { out, work } = await folders();
    const heard: RenderProgress[] = [];
    await renderClip(sceneSpecFixture(), { out: join(out, 'clip.mp4'), width: 64, height: 48, fps: 10, durationSeconds: 1, temporaryDirectory: work, onProgress: (progress) => heard.push(progress) });
    expect(heard).toEqual(Array.from({ length: 10 }, (_, index) => ({ done: index + 1, total: 10 })));
    expect((await readdir(out)).sort()).toEqual(['clip.mp4', 'clip.truth.json']);
    expect(await readdir(work)).toEqual([]);
  });

  it('refuses a spec longer than an hour before writing anything, naming its prompt', async () => {
    const { out, work } = await folders();
    const spec = { ...sceneSpecFixture(), durationSeconds: 21_600, prompt: 'a sunset over the sea, 6 hours long' };
    const error = await rejection(renderClip(spec, { out: join(out, 'clip.mp4'), width: 64, height: 48, temporaryDirectory: work }));
    expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    expect((error as Error).message).toContain('"a sunset over the sea, 6 hours long"');
    expect([...(await readdir(out)), ...(await readdir(work))]).toEqual([]);
  });
});
