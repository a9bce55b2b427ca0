import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRoundTrip, summarise, targets } from './round-trip.js';

describe('extraction round trip against the renderer’s ground truth (small, real)', () => {
  it('recovers colours, dominant sounds, camera types, cuts and tempo of 12 rendered clips at the acceptance rates', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-round-trip-test-'));
    // why: one clip per camera motion family at 160×120, so the suite stays fast; the 200-clip run is
    // `run-round-trip.ts`. The seed differs from the acceptance run's, so this is not tuned on it.
    const counts = await runRoundTrip({ clips: 12, seed: 11, directory, formats: [{ width: 160, height: 120, fps: 24 }, { width: 192, height: 108, fps: 30 }] });
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
});
