import { describe, expect, it } from 'vitest';
import { cutThresholds } from './cut-thresholds.js';
import { LightRamp } from './light-ramp.js';

const run = (lights: number[], gain = 0.004) => {
  const ramp = new LightRamp(cutThresholds());
  const found = lights.map((luma, index) => ramp.push(index, luma, gain)).filter((fade) => fade !== null);
  const last = ramp.finish();
  return last ? [...found, last] : found;
};

describe('LightRamp', () => {
  it('finds a fade in from black and a fade out to black by the light alone', () => {
    const fadeIn = [0, 0, 0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.4, 0.4];
    expect(run(fadeIn)).toEqual([{ startFrame: 2, endFrame: 8 }]);
    expect(run([0.5, 0.5, 0.4, 0.3, 0.2, 0.1, 0.03, 0.03])).toEqual([{ startFrame: 1, endFrame: 6 }]);
  });

  it('finds none where the light changes a little, never reaches black, or the picture changes beyond a gain', () => {
    expect(run([0.3, 0.31, 0.32, 0.33, 0.34, 0.35])).toEqual([]);
    expect(run([0.1, 0.15, 0.2, 0.3, 0.4, 0.5])).toEqual([]);
    expect(run([0, 0.01, 0.05, 0.1, 0.2, 0.3], 0.05)).toEqual([]);
  });
});
