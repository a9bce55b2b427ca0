import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveFfmpeg } from '@motionreg/media';
import { extractionLineSchema, extractionSchema } from '@motionreg/primitives';
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

  it('--jsonl streams one line per frame, then each window, then the whole-clip record, to stdout or a file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-extract-'));
    directories.push(directory);
    const path = await makeClip(directory);
    const { out: whole } = capture();
    expect(await runCli(['node', 'motionreg', 'extract', path, '--json'])).toBe(0);
    vi.restoreAllMocks();
    const expected = extractionSchema.parse(JSON.parse(whole.join('')));

    const { out, err } = capture();
    expect(await runCli(['node', 'motionreg', 'extract', path, '--jsonl'])).toBe(0);
    vi.restoreAllMocks();
    expect(err.join('')).toBe('');
    const lines = out.join('').split('\n').filter((line) => line.length > 0).map((line) => extractionLineSchema.parse(JSON.parse(line)));
    expect(lines.map((line) => line.type)).toEqual([...expected.frames.map(() => 'frame'), ...expected.windows.map(() => 'window'), 'extraction']);
    // the streamed records are the ones --json keeps, field for field
    expect(lines.filter((line) => line.type === 'frame').map(({ type: _, ...frame }) => frame)).toEqual(expected.frames);
    expect(lines.filter((line) => line.type === 'window').map(({ type: _, ...window }) => window)).toEqual(expected.windows);
    const last = lines.at(-1);
    expect(last?.type === 'extraction' && [last.frames.length, last.cuts]).toEqual([0, [5]]);

    // `-` is stdout too; a PATH gets the same lines, and stdout the readable summary naming it
    const { out: dashed } = capture();
    expect(await runCli(['node', 'motionreg', 'extract', path, '--jsonl', '-'])).toBe(0);
    vi.restoreAllMocks();
    expect(dashed.join('')).toBe(out.join(''));
    const file = join(directory, 'clip.jsonl');
    const { out: summary } = capture();
    expect(await runCli(['node', 'motionreg', 'extract', path, '--jsonl', file])).toBe(0);
    vi.restoreAllMocks();
    expect(await readFile(file, 'utf8')).toBe(out.join(''));
    expect(summary.join('')).toMatch(/cuts: 5;[\s\S]*records: 10 frames and their windows as JSON Lines in .*clip\.jsonl/);
  });

  it('--jsonl fails with one line naming the path when it cannot be written, and refuses --json beside it', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-extract-'));
    directories.push(directory);
    const path = await makeClip(directory);
    for (const args of [['--jsonl', join(directory, 'missing', 'clip.jsonl')], ['--json', '--jsonl']]) {
      const { out, err } = capture();
      const code = await runCli(['node', 'motionreg', 'extract', path, ...args]);
      vi.restoreAllMocks();
      expect([code, out.join('')]).toEqual([1, '']);
      const lines = err.join('').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('--jsonl');
    }
  });
});
