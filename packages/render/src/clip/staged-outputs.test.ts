import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StagedOutputs } from './staged-outputs.js';

const directories: string[] = [];
afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'motionreg-staged-'));
  directories.push(directory);
  return directory;
}

describe('StagedOutputs', () => {
  it('writes beside the final path under a hidden name that keeps the extension, and renames on commit', async () => {
    const directory = await folder();
    const outputs = new StagedOutputs();
    const truth = outputs.stage(join(directory, 'clip.truth.json'), '.json');
    const clip = outputs.stage(join(directory, 'clip.mp4'), '.mp4');
    expect(truth.startsWith(join(directory, '.clip.truth.json.'))).toBe(true);
    expect(clip.endsWith('.partial.mp4')).toBe(true);
    await writeFile(truth, 'truth');
    await writeFile(clip, 'clip');
    expect(existsSync(join(directory, 'clip.mp4'))).toBe(false);
    await outputs.commit();
    expect(await readdir(directory)).toEqual(['clip.mp4', 'clip.truth.json']);
    expect(await readFile(join(directory, 'clip.mp4'), 'utf8')).toBe('clip');
  });

  it('discard removes the staged files, written or not, and leaves the final paths untouched', async () => {
    const directory = await folder();
    await writeFile(join(directory, 'clip.mp4'), 'the earlier clip');
    const outputs = new StagedOutputs();
    await writeFile(outputs.stage(join(directory, 'clip.mp4'), '.mp4'), 'half');
    outputs.stage(join(directory, 'clip.truth.json'), '.json');
    await outputs.discard();
    expect(await readdir(directory)).toEqual(['clip.mp4']);
    expect(await readFile(join(directory, 'clip.mp4'), 'utf8')).toBe('the earlier clip');
  });
});
