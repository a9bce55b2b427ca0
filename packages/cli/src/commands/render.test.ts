import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeMedia } from '@motionreg/media';
import { clipTruthSchema } from '@motionreg/primitives';
import { captureOutput as capture } from '../__fixtures__/capture-output.js';
import { runCli } from '../run-cli.js';

describe('motionreg render', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes clip.mp4 and clip.truth.json from a prompt, and the same seed gives the same truth', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-render-'));
    try {
      const run = async (name: string) => {
        const out = join(directory, name, 'clip.mp4');
        const { out: stdout } = capture();
        const code = await runCli(['node', 'motionreg', 'render', '--prompt', 'a slow warm pan over golden dunes', '--seed', '12', '--width', '160', '--height', '96', '--fps', '12', '--duration', '1', '--store', 'memory:', '--out', out, '--json']);
        vi.restoreAllMocks();
        expect(code).toBe(0);
        const summary = JSON.parse(stdout.join('')) as { out: string; truth: string; seed: number; frames: number };
        expect(summary).toMatchObject({ out, truth: join(directory, name, 'clip.truth.json'), seed: 12, frames: 12 });
        return clipTruthSchema.parse(JSON.parse(await readFile(summary.truth, 'utf8')));
      };
      const first = await run('a');
      const probe = await probeMedia(join(directory, 'a', 'clip.mp4'));
      expect(probe.video).toMatchObject({ codec: 'h264', width: 160, height: 96, fps: 12, frameCount: 12 });
      expect(probe.audio?.codec).toBe('aac');
      expect(first.spec.prompt).toBe('a slow warm pan over golden dunes');
      expect(first.spec.camera.motion).toBe('pan');
      const second = await run('b');
      expect(second.frames).toEqual(first.frames);
      expect(second.spec).toEqual(first.spec);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('renders from the origins alone with --origins-only and prints the seed it drew', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-render-'));
    try {
      const out = join(directory, 'origins.mp4');
      const { out: stdout } = capture();
      const code = await runCli(['node', 'motionreg', 'render', '--prompt', 'hiss and rumble in the dark', '--width', '64', '--height', '48', '--duration', '0.5', '--origins-only', '--out', out]);
      vi.restoreAllMocks();
      expect(code).toBe(0);
      expect(stdout.join('')).toMatch(/^wrote .*origins\.mp4 .* seed \d+\n$/);
      const truth = clipTruthSchema.parse(JSON.parse(await readFile(join(directory, 'origins.truth.json'), 'utf8')));
      for (const record of truth.spec.provenance) expect(['origin', 'instruction']).toContain(record.source.kind);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('renders from the origins without creating a store when the store file does not exist', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-render-'));
    try {
      const store = join(directory, 'motionreg-out', 'registry.db');
      const out = join(directory, 'clip.mp4');
      const { out: stdout, err } = capture();
      const code = await runCli(['node', 'motionreg', 'render', '--prompt', 'a calm blue sea', '--width', '64', '--height', '48', '--duration', '0.5', '--store', `sqlite:${store}`, '--out', out, '--json']);
      vi.restoreAllMocks();
      expect([code, err.join('')]).toEqual([0, '']);
      expect(JSON.parse(stdout.join(''))).toMatchObject({ out });
      expect(existsSync(join(directory, 'motionreg-out'))).toBe(false);
      expect((await readdir(directory)).sort()).toEqual(['clip.mp4', 'clip.truth.json']);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('refuses a prompt that names a length over an hour in one line naming the prompt, before writing anything', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-render-'));
    try {
      const out = join(directory, 'sunset.mp4');
      const { out: stdout, err } = capture();
      const code = await runCli(['node', 'motionreg', 'render', '--prompt', 'a sunset over the sea, 6 hours long', '--origins-only', '--out', out]);
      vi.restoreAllMocks();
      expect(code).toBe(1);
      expect(stdout.join('')).toBe('');
      expect(err.join('')).toMatch(/^\[motionreg:\w+\] prompt "a sunset over the sea, 6 hours long" asks for 21600 s, more than the 3600 s limit\n$/);
      expect(await readdir(directory)).toEqual([]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('fails with one line on stderr for a bad size and writes nothing', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-render-'));
    try {
      const out = join(directory, 'bad.mp4');
      const { err } = capture();
      const code = await runCli(['node', 'motionreg', 'render', '--prompt', 'anything', '--width', '161', '--origins-only', '--out', out]);
      vi.restoreAllMocks();
      expect(code).not.toBe(0);
      expect(err.join('').trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
