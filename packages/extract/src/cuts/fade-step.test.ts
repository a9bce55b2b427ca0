import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../__fixtures__/cut-frames.js';
import { cutThresholds } from './cut-thresholds.js';
import { isFadeStep } from './fade-step.js';

const thresholds = cutThresholds();

describe('isFadeStep', () => {
  it('is a fade step when the light changes and one gain explains the picture', () => {
    expect(isFadeStep(neighbourhoodOf(20, 10, { 9: { luma: 0.4 }, 10: { luma: 0.3, gainResidual: 0.005 } }), thresholds)).toBe(true);
  });

  it('is a fade step towards white when a mix with white explains the picture', () => {
    expect(isFadeStep(neighbourhoodOf(20, 10, { 9: { luma: 0.4 }, 10: { luma: 0.7, gainResidual: 0.08, whiteResidual: 0.004 } }), thresholds)).toBe(true);
  });

  it('is none when the picture changes beyond a gain, or the light holds', () => {
    expect(isFadeStep(neighbourhoodOf(20, 10, { 9: { luma: 0.4 }, 10: { luma: 0.3, gainResidual: 0.08 } }), thresholds)).toBe(false);
    expect(isFadeStep(neighbourhoodOf(20, 10, { 9: { luma: 0.4 }, 10: { luma: 0.39, gainResidual: 0.005 } }), thresholds)).toBe(false);
  });
});
