import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { soundLoop } from './sound-loop.js';

it('the sound loop example grows static sound entries on a fresh SQLite file', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-example-sound-'));
  try {
    const sounds = await soundLoop(2, `sqlite:${join(directory, 'registry.db')}`, 1);
    expect(sounds.length).toBeGreaterThan(0);
    expect(sounds.reduce((sum, sound) => sum + sound.count, 0)).toBe(48);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
