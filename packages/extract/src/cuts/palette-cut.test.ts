import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../__fixtures__/cut-frames.js';
import { cutThresholds } from './cut-thresholds.js';
import { isPaletteCut } from './palette-cut.js';

const thresholds = cutThresholds();

describe('isPaletteCut', () => {
  it('is a cut when the colours change at once and one gain cannot explain it', () => {
    expect(isPaletteCut(neighbourhoodOf(20, 10, { 10: { paletteDistance: 40, gainResidual: 0.1 } }), thresholds)).toBe(true);
  });

  it('is no cut when the frame beside changes the colours about as much (a short dissolve)', () => {
    expect(isPaletteCut(neighbourhoodOf(20, 10, { 10: { paletteDistance: 40, gainResidual: 0.1 }, 11: { paletteDistance: 30 } }), thresholds)).toBe(false);
  });

  it('is no cut when one gain explains the change (a fade step) or the change is small', () => {
    expect(isPaletteCut(neighbourhoodOf(20, 10, { 10: { paletteDistance: 40, gainResidual: 0.006 } }), thresholds)).toBe(false);
    expect(isPaletteCut(neighbourhoodOf(20, 10, { 10: { paletteDistance: 8, gainResidual: 0.1 } }), thresholds)).toBe(false);
  });
});
