import { describe, expect, it } from 'vitest';
import { cutThresholds } from './cut-thresholds.js';
import { lightDip } from './light-dip.js';

const thresholds = cutThresholds();
const lights = (values: number[], at: number) => (offset: number) => values[at + offset];

describe('lightDip', () => {
  it('finds a short dip of the light through the changing frame', () => {
    const values = [0.5, 0.5, 0.5, 0.3, 0.1, 0.3, 0.5, 0.5, 0.5];
    expect(lightDip(lights(values, 4), thresholds)).toEqual({ start: -2, end: 2 });
  });

  it('finds none where the light holds, and none in a long shallow darkening before a cut', () => {
    expect(lightDip(lights([0.5, 0.5, 0.5, 0.5, 0.48, 0.5, 0.5, 0.5, 0.5], 4), thresholds)).toBeNull();
    const slow = [0.5, 0.5, 0.45, 0.4, 0.36, 0.32, 0.3, 0.28, 0.6, 0.6, 0.6];
    expect(lightDip(lights(slow, 8), thresholds)).toBeNull();
  });
});
