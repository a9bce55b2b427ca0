import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpeg } from '@motionreg/media';
import { extractClip } from './extract-clip.js';

const ffmpeg = (args: string[]) => execa(resolveFfmpeg().path, ['-y', '-loglevel', 'error', ...args]);

describe('extractClip: frames as the file has them', () => {
  let scratch = '';
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'motionreg-extract-timing-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('reports a variable-frame-rate cut at the decoded frame and its own time', async () => {
    // two shots of 2 s at 30 fps; frames 10–40 of the first keep only every third (no re-timing), so the
    // cut at source frame 60 (2.0 s) is decoded frame 39
    const path = join(scratch, 'vfr-cut.mp4');
    await ffmpeg([
      '-f', 'lavfi', '-i', 'testsrc2=s=192x144:r=30:d=2', '-f', 'lavfi', '-i', 'mandelbrot=s=192x144:r=30',
      '-filter_complex', "[1]trim=duration=2,setpts=PTS-STARTPTS[b];[0][b]concat=n=2:v=1[v];[v]select='not(between(n\\,10\\,40)*mod(n\\,3))'[o]",
      '-map', '[o]', '-vsync', 'vfr', '-c:v', 'libx264', '-crf', '18', '-pix_fmt', 'yuv420p', path,
    ]);
    const extraction = await extractClip(path);
    const kept = Array.from({ length: 120 }, (_, n) => n).filter((n) => !(n >= 10 && n <= 40 && n % 3 !== 0));
    expect(extraction.source.frameCount).toBe(kept.length);
    expect(extraction.source.variableFrameRate).toBe(true);
    extraction.frames.forEach((frame, index) => expect(frame.time).toBeCloseTo(kept[index]! / 30, 4));
    expect(extraction.cuts).toEqual([kept.indexOf(60)]);
    expect(extraction.cutTimes?.[0]).toBeCloseTo(2, 4);
    const window = extraction.windows[1]!;
    expect(window.startTime).toBeCloseTo(extraction.frames[window.startFrame]!.time, 6);
    expect(extraction.partial).toBeUndefined();
  });

  it('marks a file cut short with its header intact as partial, decoded against declared', async () => {
    const whole = join(scratch, 'whole.mp4');
    await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=24:d=4', '-c:v', 'libx264', '-crf', '20', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', whole]);
    const cut = join(scratch, 'cut.mp4');
    const bytes = await readFile(whole);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.65)));
    expect((await stat(cut)).size).toBeLessThan(bytes.length);
    const extraction = await extractClip(cut);
    expect(extraction.partial).toBe(true);
    expect(extraction.source.declaredFrameCount).toBe(96);
    expect(extraction.source.frameCount).toBeLessThan(96);
    expect(extraction.warnings?.[0]).toContain(`${extraction.source.frameCount} of 96 declared frames decoded`);
    const intact = await extractClip(whole);
    expect([intact.partial, intact.warnings, intact.source.frameCount, intact.source.variableFrameRate]).toEqual([undefined, undefined, 96, false]);
  });
});
