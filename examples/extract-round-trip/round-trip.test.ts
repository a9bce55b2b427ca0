import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runRoundTrip, summarise, targets } from './round-trip.js';

const directories: string[] = [];
afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('extraction round trip against the renderer’s ground truth (small, real)', () => {
  it('recovers colours, dominant sounds, camera types, cuts and tempo of 12 rendered clips at the acceptance rates', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-round-trip-test-'));
    directories.push(directory);
    // why: twelve clips (about 10 s) keep the suite fast; the 200-clip acceptance run is `run-round-trip.ts`.
    // Renders are seeded and extraction is deterministic, so the rates are the same on every run.
    const counts = await runRoundTrip({ clips: 12, seed: 11, directory, formats: [{ width: 320, height: 240, fps: 24 }, { width: 320, height: 180, fps: 30 }] });
    const { rates } = summarise(counts);
    expect(counts.colorsChecked).toBeGreaterThan(500);
    expect(counts.soundFrames).toBeGreaterThan(300);
    expect(counts.cameraWindows).toBeGreaterThan(20);
    expect(rates.colors).toBeGreaterThanOrEqual(targets.colors);
    expect(rates.sound).toBeGreaterThanOrEqual(targets.sound);
    expect(rates.camera).toBeGreaterThanOrEqual(targets.camera);
    expect(rates.cutsF1).toBeGreaterThanOrEqual(targets.cutsF1);
    expect(rates.tempo).toBe(1);
  });

  it.each([
    { seed: 97, indices: [14, 66], what: 'cuts between two shots of one texture under one camera move' },
    { seed: 131, indices: [116, 161], what: 'a three-frame dissolve and a four-frame fade through black beside a cut' },
    { seed: 5, indices: [153], what: 'a cut three frames before a separate fade' },
  ])('finds exactly the true cuts in clips that once failed: $what (seed $seed)', async ({ seed, indices }) => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-round-trip-test-'));
    directories.push(directory);
    const counts = await runRoundTrip({ clips: Math.max(...indices) + 1, seed, indices, directory });
    expect(counts.cutsTruth).toBeGreaterThan(0);
    expect(counts.cutMisses).toEqual([]);
  });
});
