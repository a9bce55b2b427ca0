import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFfmpeg } from '@motionreg/media';

// why: whole processes from the sources (tsx reads the root tsconfig's paths), so these run without a build.
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repositoryRoot, 'packages/cli/src/bin.ts');
const motionreg = (args: string[], environment: Record<string, string> = {}) =>
  execa(process.execPath, ['--import', 'tsx', bin, ...args], { cwd: repositoryRoot, reject: false, env: environment, buffer: { stdout: true, stderr: true } });

let directory = '';
let clip = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-process-'));
  clip = join(directory, 'stripes.mp4');
  await execa(resolveFfmpeg().path, [
    '-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=96x64:r=12:d=3', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', clip,
  ]);
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('motionreg as a process', () => {
  it('extract --json into a pipe closed early (| head -c 10) exits 0 with nothing on stderr', async () => {
    const piped = await execa('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" --import tsx "${bin}" extract "${clip}" --json | head -c 10`], { cwd: repositoryRoot, reject: false });
    expect([piped.exitCode, piped.stdout.length, piped.stderr]).toEqual([0, 10, '']);
    // and a reader gone before the first byte: the write itself fails with EPIPE
    const child = motionreg(['extract', clip, '--json']);
    child.stdout?.destroy();
    const result = await child;
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
  });

  it('extract --jsonl into a pipe closed early (| head -n 2) exits 0 with nothing on stderr', async () => {
    const piped = await execa('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" --import tsx "${bin}" extract "${clip}" --jsonl | head -n 2`], { cwd: repositoryRoot, reject: false });
    expect([piped.exitCode, piped.stdout.split('\n').length, piped.stderr]).toEqual([0, 2, '']);
    expect(piped.stdout).toMatch(/^\{"type":"frame","index":0,/);
  });

  it('a real SIGINT during a render exits 130 leaving no MP4, no WAV, no partial file and no temporary folder', async () => {
    const out = join(directory, 'interrupted');
    const work = join(directory, 'work');
    await mkdir(out);
    await mkdir(work);
    const child = motionreg(
      ['render', '--prompt', 'a slow pan over golden dunes', '--origins-only', '--width', '320', '--height', '240', '--fps', '24', '--duration', '60', '--wav', '--out', join(out, 'clip.mp4')],
      { TMPDIR: work },
    );
    // wait until ffmpeg is writing the partial MP4 beside --out (and --wav's raw audio is in its temporary folder), then interrupt
    const started = Date.now();
    while (!(await readdir(out)).some((name) => name.endsWith('.partial.mp4')) && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await readdir(out)).some((name) => name.endsWith('.partial.mp4'))).toBe(true);
    expect((await readdir(work)).some((name) => name.startsWith('motionreg-render-'))).toBe(true);
    child.kill('SIGINT');
    const result = await child;
    expect([result.exitCode, result.stderr]).toEqual([130, '']);
    expect(await readdir(out)).toEqual([]);
    // (tsx keeps its own cache folder there too)
    expect((await readdir(work)).filter((name) => name.startsWith('motionreg-'))).toEqual([]);
    expect(existsSync(join(out, 'clip.truth.json'))).toBe(false);
  });
});
