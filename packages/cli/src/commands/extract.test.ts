import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveFfmpeg } from '@motionreg/media';
import { extractionSchema } from '@motionreg/primitives';
import { captureOutput as capture } from '../__fixtures__/capture-output.js';
import { runCli } from '../run-cli.js';

async function makeClip(directory: string): Promise<string> {
  const path = join(directory, 'red-then-blue.mp4');
  await execa(resolveFfmpeg().path, [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', 'color=c=0xFF0000:s=64x48:r=10:d=0.5[a];color=c=0x0050FF:s=64x48:r=10:d=0.5[b];[a][b]concat=n=2:v=1:a=0,format=yuv420p',
    '-c:v', 'libx264', '-crf', '16', path,
  ]);
  return path;
}

const directories: string[] = [];

describe('motionreg extract', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
  });

  it('prints the extraction as JSON with colours largest first', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-extract-'));
    directories.push(directory);
    const path = await makeClip(directory);
    const { out } = capture();
    const code = await runCli(['node', 'motionreg', 'extract', path, '--json']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const extraction = extractionSchema.parse(JSON.parse(out.join('')));
    expect(extraction.source.frameCount).toBe(10);
    expect(extraction.cuts).toEqual([5]);
    expect(extraction.frames[0]?.colors[0]?.name).toBe('red');
    for (const frame of extraction.frames) {
      const coverages = frame.colors.map((color) => color.coverage);
      expect(coverages).toEqual([...coverages].sort((a, b) => b - a));
    }
  });

  it('fails with one line on stderr naming the file for a missing, empty or non-video file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-extract-'));
    directories.push(directory);
    const empty = join(directory, 'empty.mp4');
    await writeFile(empty, '');
    const text = join(directory, 'notes.mp4');
    await writeFile(text, 'not a video at all\n');
    for (const path of [join(directory, 'missing.mp4'), empty, text]) {
      const { out, err } = capture();
      const code = await runCli(['node', 'motionreg', 'extract', path, '--json']);
      vi.restoreAllMocks();
      expect(code).not.toBe(0);
      expect(out.join('')).toBe('');
      const lines = err.join('').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path);
    }
  });

  it('warns on stderr, and marks the record partial, for a file cut short with its header intact', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-extract-'));
    directories.push(directory);
    const whole = join(directory, 'whole.mp4');
    await execa(resolveFfmpeg().path, ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=160x120:r=24:d=4', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', whole]);
    const cut = join(directory, 'cut.mp4');
    const bytes = await readFile(whole);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const { out, err } = capture();
    const code = await runCli(['node', 'motionreg', 'extract', cut, '--json']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(extractionSchema.parse(JSON.parse(out.join(''))).partial).toBe(true);
    expect(err.join('')).toMatch(/\[motionreg:extract\] .*cut\.mp4 is damaged or cut short: \d+ of 96 declared frames decoded/);
  });
});
