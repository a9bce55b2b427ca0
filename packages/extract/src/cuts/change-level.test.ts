import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../__fixtures__/cut-frames.js';
import { changeLevel, gainRise, residualRise } from './change-level.js';

describe('the running level of change', () => {
  it('measures how far a change stands above the frames around it', () => {
    const spike = neighbourhoodOf(20, 10, { 10: { distance: 12 } });
    expect(changeLevel(spike)).toEqual({ level: 1, rise: 12 });
  });

  it('is not set by a spike every few frames (content moving in blocks)', () => {
    const blocks = Object.fromEntries([2, 6, 14, 18].map((index) => [index, { distance: 4 }]));
    expect(changeLevel(neighbourhoodOf(20, 10, { ...blocks, 10: { distance: 4 } })).level).toBe(1);
    // …but a frame in a busy stretch (every other frame changing) rises no more than its neighbours
    const busy = Object.fromEntries([6, 8, 10, 12, 14].map((index) => [index, { distance: 4 }]));
    expect(changeLevel(neighbourhoodOf(20, 10, busy)).rise).toBe(1);
  });

  it('measures the residual and gain rises (∞ where no motion was measured)', () => {
    const frames = neighbourhoodOf(20, 10, { 10: { motion: { residual: 0.05, logScale: 0, rotation: 0, shift: 0, observable: true }, gainResidual: 0.04 } });
    expect(residualRise(frames)).toBeCloseTo(10, 10);
    expect(gainRise(frames)).toBeCloseTo(10, 10);
    expect(residualRise(neighbourhoodOf(20, 10, { 10: { motion: undefined } }))).toBe(Number.POSITIVE_INFINITY);
  });
});
