import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../__fixtures__/cut-frames.js';
import { cutThresholds } from './cut-thresholds.js';
import { isLayoutCut } from './layout-cut.js';

const thresholds = cutThresholds();
const unexplained = { residual: 0.08, logScale: 0, rotation: 0, shift: 0, observable: true };

describe('isLayoutCut', () => {
  it('is a cut when the picture changes 5× its running level and alignment cannot explain it', () => {
    expect(isLayoutCut(neighbourhoodOf(20, 10, { 10: { distance: 20, motion: unexplained } }), thresholds)).toBe(true);
  });

  it('is no cut when alignment explains the change (the camera moved)', () => {
    expect(isLayoutCut(neighbourhoodOf(20, 10, { 10: { distance: 20, motion: { ...unexplained, residual: 0.01 } } }), thresholds)).toBe(false);
  });

  it('needs 5× in colour, or a residual spike, where 3–5× is what blocks of content do', () => {
    expect(isLayoutCut(neighbourhoodOf(20, 10, { 10: { distance: 9, motion: { ...unexplained, residual: 0.012 } } }), thresholds)).toBe(false);
    expect(isLayoutCut(neighbourhoodOf(20, 10, { 10: { distance: 9, motion: unexplained } }), thresholds)).toBe(true);
    expect(isLayoutCut(neighbourhoodOf(20, 10, { 10: { distance: 7, motion: unexplained } }), thresholds)).toBe(false);
  });
});
