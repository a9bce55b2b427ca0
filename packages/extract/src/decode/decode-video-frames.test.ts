import { createHash } from 'node:crypto';
import { writeFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { resolveFfmpeg } from '@motionreg/media';
import { MotionregError } from '@motionreg/primitives';
import { makeClip, unitRecipe } from '../__fixtures__/generated-clips.js';
import { decodeAudioSamples } from './decode-audio-samples.js';
import { decodeVideoFrames } from './decode-video-frames.js';

async function collect(path: string, readAheadFrames?: number) {
  const frames: { index: number; time: number; width: number; height: number; first: number[] }[] = [];
  for await (const frame of decodeVideoFrames(path, readAheadFrames === undefined ? {} : { readAheadFrames })) {
    expect(frame.data.length).toBe(frame.width * frame.height * 3);
    frames.push({ index: frame.index, time: frame.time, width: frame.width, height: frame.height, first: [...frame.data.subarray(0, 3)] });
  }
  return frames;
}

async function expectDecodeFailure(run: () => Promise<unknown>) {
  const error = await run().then(() => null, (caught: unknown) => caught);
  expect(MotionregError.isInstance(error)).toBe(true);
  expect((error as MotionregError).code).toBe('decode_failed');
}

describe('decodeVideoFrames', () => {
  let scratch = '';
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'motionreg-decode-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it.each(['flat-red', 'odd-size-322x242', 'hd-60fps', 'vp9-webm', 'h264-10bit'])('streams every frame of %s at its own size', async (name) => {
    const recipe = unitRecipe(name);
    const frames = await collect(await makeClip(recipe));
    // the same frames, byte for byte at the start, with a single read-ahead slot
    expect(await collect(await makeClip(recipe), 1)).toEqual(frames);
    expect(frames).toHaveLength(recipe.expected.frameCount);
    expect(frames.map((frame) => frame.index)).toEqual(frames.map((_, index) => index));
    for (const frame of frames) expect([frame.width, frame.height]).toEqual([recipe.expected.width, recipe.expected.height]);
  });

  it('fails with decode_failed on a missing, empty, non-media or truncated file', async () => {
    const empty = join(scratch, 'empty.mp4');
    await writeFile(empty, '');
    const text = join(scratch, 'text.mp4');
    await writeFile(text, 'this is not a video\n'.repeat(50));
    const whole = await readFile(await makeClip(unitRecipe('flat-red')));
    const truncated = join(scratch, 'truncated.mp4');
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    for (const path of [join(scratch, 'missing.mp4'), empty, text, truncated]) {
      await expectDecodeFailure(() => collect(path));
      await expectDecodeFailure(() => collect(path, 1));
    }
  });

  it('keeps every frame intact and in order when the consumer is slower than the decoder', async () => {
    const path = await makeClip(unitRecipe('tiny-testsrc2'));
    const hashes = async (readAheadFrames: number, busyMs: number) => {
      const out: string[] = [];
      for await (const frame of decodeVideoFrames(path, { readAheadFrames })) {
        const until = Date.now() + busyMs;
        while (Date.now() < until) {
          // hold the thread, as a long analysis would, while the reader fills its slots
        }
        out.push(createHash('sha1').update(frame.data).digest('hex'));
      }
      return out;
    };
    const direct = await hashes(1, 0);
    expect(new Set(direct).size).toBeGreaterThan(direct.length / 2);
    expect(await hashes(3, 10)).toEqual(direct);
  });

  it('hands over a variable-frame-rate file frame by frame with each frame\'s own time', async () => {
    // 60 frames at 30 fps where frames 10–40 keep only every third: 40 frames, no two at one time
    const path = join(scratch, 'vfr.mp4');
    await execa(resolveFfmpeg().path, ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=160x120:r=30:d=2',
      '-vf', "select='not(between(n\\,10\\,40)*mod(n\\,3))'", '-vsync', 'vfr', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', path]);
    const frames = await collect(path);
    const kept = Array.from({ length: 60 }, (_, n) => n).filter((n) => !(n >= 10 && n <= 40 && n % 3 !== 0));
    expect(frames.map((frame) => frame.index)).toEqual(kept.map((_, index) => index));
    for (const [index, frame] of frames.entries()) expect(frame.time).toBeCloseTo(kept[index]! / 30, 4);
  });

  it('decimates in ffmpeg to every n-th pixel of every n-th row', async () => {
    const path = await makeClip(unitRecipe('three-stripes-tone'));
    for await (const frame of decodeVideoFrames(path, { decimation: 4 })) {
      expect([frame.width, frame.height]).toEqual([40, 30]);
      // stripes end at x = 80 and 128 of 160: columns 0–19 red, 20–31 green, 32–39 blue
      const pixel = (x: number) => [...frame.data.subarray((15 * 40 + x) * 3, (15 * 40 + x) * 3 + 3)];
      expect(pixel(5)[0]).toBeGreaterThan(200);
      expect(pixel(25)[1]).toBeGreaterThan(140);
      expect(pixel(36)[2]).toBeGreaterThan(180);
      break;
    }
  });

  it('stops ffmpeg when the consumer leaves early', async () => {
    const path = await makeClip(unitRecipe('hd-60fps'));
    let seen = 0;
    for await (const frame of decodeVideoFrames(path)) {
      seen = frame.index + 1;
      if (seen === 2) break;
    }
    expect(seen).toBe(2);
  });
});

describe('decodeAudioSamples', () => {
  it('streams mono float PCM at the requested rate', async () => {
    const path = await makeClip(unitRecipe('sound-tone'));
    let total = 0;
    let peak = 0;
    for await (const block of decodeAudioSamples(path, { sampleRate: 48_000, blockSamples: 1000 })) {
      total += block.length;
      for (const value of block) peak = Math.max(peak, Math.abs(value));
    }
    // 1 s at 48 kHz, give or take the AAC padding; lavfi sine has amplitude 1/8
    expect(total).toBeGreaterThan(47_000);
    expect(total).toBeLessThan(50_000);
    expect(peak).toBeGreaterThan(0.11);
    expect(peak).toBeLessThan(0.14);
  });

  it('fails with decode_failed when the file has no audio', async () => {
    const path = await makeClip(unitRecipe('flat-red'));
    await expectDecodeFailure(async () => {
      for await (const block of decodeAudioSamples(path)) void block;
    });
  });
});
