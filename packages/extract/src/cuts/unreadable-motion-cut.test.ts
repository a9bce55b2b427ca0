import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../__fixtures__/cut-frames.js';
import { cutThresholds } from './cut-thresholds.js';
import { isUnreadableMotionCut } from './unreadable-motion-cut.js';

const thresholds = cutThresholds();
const unreadable = { residual: 0.001, logScale: 0, rotation: 0, shift: 0, observable: false };

describe('isUnreadableMotionCut', () => {
  it('is a cut where motion cannot be read and the change stands out alone', () => {
    expect(isUnreadableMotionCut(neighbourhoodOf(30, 15, { 15: { distance: 10, gainResidual: 0.05, motion: unreadable } }), thresholds)).toBe(true);
  });

  it('is no cut when a like change repeats within the look-ahead, or motion was readable', () => {
    expect(isUnreadableMotionCut(neighbourhoodOf(30, 15, { 15: { distance: 10, gainResidual: 0.05, motion: unreadable }, 20: { distance: 6 } }), thresholds)).toBe(false);
    expect(isUnreadableMotionCut(neighbourhoodOf(30, 15, { 15: { distance: 10, gainResidual: 0.05, motion: { ...unreadable, observable: true } } }), thresholds)).toBe(false);
  });
});
