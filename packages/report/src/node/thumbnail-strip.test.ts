import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { probeMedia, resolveFfmpeg } from '@motionreg/media';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestClip } from '../__fixtures__/make-clip.js';
import { makeThumbnailStrip } from './thumbnail-strip.js';

let directory: string;

/** Mean grey level (0–255) of each of `frames` equal columns of a JPEG data URI, decoded by ffmpeg. */
async function columnLevels(src: string, width: number, height: number, frames: number): Promise<number[]> {
  const picture = join(directory, `levels-${width}x${height}.jpg`);
  await writeFile(picture, Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'));
  const { stdout } = await promisify(execFile)(resolveFfmpeg().path, ['-hide_banner', '-loglevel', 'error', '-i', picture, '-f', 'rawvideo', '-pix_fmt', 'gray', '-'], { encoding: 'buffer', maxBuffer: 1 << 24 });
  const sums = new Array<number>(frames).fill(0);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) sums[Math.floor((x * frames) / width)]! += stdout[y * width + x]!;
  return sums.map((sum) => sum / ((width / frames) * height));
}
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'motionreg-strip-'));
});
afterAll(async () => rm(directory, { recursive: true, force: true }));

describe('makeThumbnailStrip', () => {
  it('lays out the asked number of frames of the clip side by side in one JPEG', async () => {
    const clip = await makeTestClip(join(directory, 'clip.mp4'), { seconds: 2, width: 160, height: 120 });
    const strip = await makeThumbnailStrip(clip, { frames: 4, height: 60 });
    expect(strip).toMatchObject({ width: 320, height: 60, frames: 4 });
    expect(strip.src.startsWith('data:image/jpeg;base64,')).toBe(true);
    // the picture itself has the stated size: decode it with ffmpeg
    const picture = join(directory, 'strip.jpg');
    await writeFile(picture, Buffer.from(strip.src.slice(strip.src.indexOf(',') + 1), 'base64'));
    const probe = await probeMedia(picture, { countFrames: false });
    expect([probe.video?.width, probe.video?.height]).toEqual([320, 60]);
  });

  it('fills every frame of a clip shorter than a second', async () => {
    const clip = await makeTestClip(join(directory, 'short.mp4'), { seconds: 0.5 });
    const strip = await makeThumbnailStrip(clip, { frames: 5, height: 48 });
    expect(strip.width).toBe(64 * 5);
    // a tile left empty would be black; the test pattern is bright everywhere
    for (const level of await columnLevels(strip.src, strip.width, strip.height, 5)) expect(level).toBeGreaterThan(40);
  });

  it('fails with decode_failed naming a file that is not a clip', async () => {
    const bogus = join(directory, 'bogus.mp4');
    await writeFile(bogus, 'not a video');
    await expect(makeThumbnailStrip(bogus)).rejects.toMatchObject({ code: 'decode_failed' });
    await expect(makeThumbnailStrip(join(directory, 'missing.mp4'))).rejects.toMatchObject({ code: 'decode_failed' });
    await expect(makeThumbnailStrip(bogus, { frames: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
