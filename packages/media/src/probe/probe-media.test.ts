import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MotionregError } from '@motionreg/primitives';
import { probeMedia, resolveFfmpeg } from '@motionreg/media';

const directory = mkdtempSync(join(tmpdir(), 'motionreg-probe-'));
const clip = join(directory, 'clip.mp4');
const silentClip = join(directory, 'silent.mp4');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

beforeAll(async () => {
  const ffmpeg = resolveFfmpeg().path;
  await execa(ffmpeg, ['-hide_banner', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=322x242:rate=25', '-f', 'lavfi', '-i', 'sine=f=440:sample_rate=48000',
    '-t', '1.2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip]);
  await execa(ffmpeg, ['-hide_banner', '-y', '-f', 'lavfi', '-i', 'color=c=red:size=64x48:rate=12', '-t', '1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', silentClip]);
});

describe('probeMedia', () => {
  it('reads size, fps, frame count and audio of a real clip', async () => {
    const probe = await probeMedia(clip);
    expect(probe.video).toMatchObject({ codec: 'h264', width: 322, height: 242, fps: 25, frameCount: 30 });
    expect(probe.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 1 });
    expect(probe.durationSeconds).toBeGreaterThan(1.1);
  });

  it('reports no audio for a clip without an audio stream', async () => {
    const probe = await probeMedia(silentClip);
    expect(probe.audio).toBeNull();
    expect(probe.video?.frameCount).toBe(12);
  });

  it.each([
    ['missing', join(directory, 'missing.mp4'), null],
    ['empty', join(directory, 'empty.mp4'), ''],
    ['not a video', join(directory, 'text.mp4'), 'hello, not a video'],
  ])('throws decode_failed for a %s file', async (_label, path, content) => {
    if (content !== null) writeFileSync(path, content);
    const error = await probeMedia(path).catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(error) && error.code).toBe('decode_failed');
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('resolveFfmpeg', () => {
  it('prefers an explicit path and rejects a non-executable one', () => {
    const found = resolveFfmpeg();
    expect(resolveFfmpeg({ ffmpegPath: found.path })).toEqual({ path: found.path, source: 'option' });
    expect(() => resolveFfmpeg({ ffmpegPath: join(directory, 'nope') })).toThrow(expect.objectContaining({ code: 'ffmpeg_not_found' }));
  });

  it('reads FFMPEG_PATH and fails clearly when nothing is found', () => {
    const found = resolveFfmpeg();
    expect(resolveFfmpeg({ env: { FFMPEG_PATH: found.path } }).source).toBe('env');
    if (found.source === 'path') return; // a PATH ffmpeg would be found again with an empty env only by package lookups
    const fromPackages = resolveFfmpeg({ env: { PATH: '' } });
    expect(['ffmpeg-static', '@ffmpeg-installer/ffmpeg']).toContain(fromPackages.source);
  });
});
