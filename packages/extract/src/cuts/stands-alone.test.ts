import { describe, expect, it } from 'vitest';
import { neighbourhoodOf } from '../__fixtures__/cut-frames.js';
import { standsAlone } from './stands-alone.js';

describe('standsAlone', () => {
  it('holds when no frame within reach measures half as much, and fails on a repeat', () => {
    const distance = (frame: { distance: number }) => frame.distance;
    expect(standsAlone(neighbourhoodOf(30, 15, { 15: { distance: 10 } }), 8, distance)).toBe(true);
    expect(standsAlone(neighbourhoodOf(30, 15, { 15: { distance: 10 }, 21: { distance: 6 } }), 8, distance)).toBe(false);
    expect(standsAlone(neighbourhoodOf(30, 15, { 15: { distance: 10 }, 25: { distance: 6 } }), 8, distance)).toBe(true);
  });
});
