import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { prepareEncoder, renderClip } from './render-clip.js';

const directories: string[] = [];
afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'motionreg-render-prepared-'));
  directories.push(directory);
  return directory;
}

const size = { width: 64, height: 48, fps: 24, durationSeconds: 1 };

describe('prepareEncoder', () => {
  it('gives the same MP4 and truth, byte for byte, as a render that starts its own ffmpeg', async () => {
    const directory = await folder();
    const plain = await renderClip(sceneSpecFixture(), { ...size, out: join(directory, 'plain.mp4') });
    const out = join(directory, 'prepared.mp4');
    const prepared = prepareEncoder({ ...size, out });
    const adopted = await renderClip(sceneSpecFixture(), { ...size, out, prepared });
    await prepared.abort(); // a no-op once adopted: the clip stays
    expect(Buffer.compare(await readFile(adopted.out), await readFile(plain.out))).toBe(0);
    expect(JSON.stringify({ ...adopted.truth, clip: '' })).toBe(JSON.stringify({ ...plain.truth, clip: '' }));
    expect((await readdir(directory)).sort()).toEqual(['plain.mp4', 'plain.truth.json', 'prepared.mp4', 'prepared.truth.json']);
  });

  it('is stopped, not adopted, by a render with other settings, which starts its own ffmpeg', async () => {
    const directory = await folder();
    const out = join(directory, 'clip.mp4');
    const prepared = prepareEncoder({ ...size, out, width: 32 });
    const result = await renderClip(sceneSpecFixture(), { ...size, out, prepared });
    expect(result.truth.video.width).toBe(64);
    expect((await readdir(directory)).sort()).toEqual(['clip.mp4', 'clip.truth.json']);
  });

  it('aborted before any render, leaves no file behind', async () => {
    const directory = await folder();
    const prepared = prepareEncoder({ ...size, out: join(directory, 'clip.mp4') });
    await prepared.abort();
    expect(await readdir(directory)).toEqual([]);
  });
});
