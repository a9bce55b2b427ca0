import { describe, expect, it } from 'vitest';
import { neighbourhoodOf, steadyMotion } from '../__fixtures__/cut-frames.js';
import { isAlignedResidualCut, isCameraJumpCut } from './camera-jump-cut.js';
import { cutThresholds } from './cut-thresholds.js';

const thresholds = cutThresholds();
// a steady camera whose shift wobbles a little from frame to frame, as measured motion does
const wobble = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [index, { distance: 3, motion: { ...steadyMotion, shift: 0.004 + (index % 2) * 0.0005 } }]));

describe('isCameraJumpCut', () => {
  it('is a cut when the camera jumps further in one frame than any camera moves', () => {
    expect(isCameraJumpCut(neighbourhoodOf(20, 10, { ...wobble, 10: { distance: 4, motion: { ...steadyMotion, shift: 0.05 } } }), thresholds)).toBe(true);
  });

  it('is none for a steady camera, or when the frames are dark (motion read in a fade)', () => {
    expect(isCameraJumpCut(neighbourhoodOf(20, 10, wobble), thresholds)).toBe(false);
    const dark = Object.fromEntries(Object.entries(wobble).map(([index, frame]) => [index, { ...frame, luma: 0.05 }]));
    expect(isCameraJumpCut(neighbourhoodOf(20, 10, { ...dark, 10: { distance: 4, luma: 0.05, motion: { ...steadyMotion, shift: 0.05 } } }), thresholds)).toBe(false);
  });
});

describe('isAlignedResidualCut', () => {
  it('is a cut inside a fast pan when what alignment leaves spikes', () => {
    const pan = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [index, { distance: 10, motion: { ...steadyMotion, residual: 0.01, shift: 0.03 } }]));
    expect(isAlignedResidualCut(neighbourhoodOf(20, 10, { ...pan, 10: { distance: 12, motion: { ...steadyMotion, residual: 0.08 } } }), thresholds)).toBe(true);
    expect(isAlignedResidualCut(neighbourhoodOf(20, 10, pan), thresholds)).toBe(false);
  });
});
