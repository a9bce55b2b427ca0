import { describe, expect, it } from 'vitest';
import { classifyCamera, shakesAcrossWindows } from './classify-camera.js';
import type { MotionStep } from './classify-camera.js';

const step = (overrides: Partial<MotionStep>): MotionStep => ({
  translationX: 0, translationY: 0, scale: 1, rotation: 0, observable: true, difference: 0, residual: 0, residualAfterGain: 0, seconds: 1 / 12,
  ...overrides,
});
const steps = (count: number, overrides: Partial<MotionStep>) => Array.from({ length: count }, () => step(overrides));
const read = (motion: MotionStep[]) => {
  const camera = classifyCamera(motion, 320, 240);
  return `${camera.type}/${camera.direction}`;
};

describe('classifyCamera conventions', () => {
  it('pan right when content moves left, pan left when it moves right', () => {
    expect(read(steps(6, { translationX: -3 }))).toBe('pan/right');
    expect(read(steps(6, { translationX: 3 }))).toBe('pan/left');
  });

  it('tilt up when content moves down, tilt down when it moves up', () => {
    expect(read(steps(6, { translationY: 3 }))).toBe('tilt/up');
    expect(read(steps(6, { translationY: -3 }))).toBe('tilt/down');
  });

  it('zoom in when content grows, zoom out when it shrinks', () => {
    expect(read(steps(6, { scale: 1.02 }))).toBe('zoom/in');
    expect(read(steps(6, { scale: 0.98 }))).toBe('zoom_out/out');
  });

  it('content turning clockwise is the camera rolling counterclockwise', () => {
    expect(read(steps(6, { rotation: 0.02 }))).toBe('rotate/counterclockwise');
    expect(read(steps(6, { rotation: -0.02 }))).toBe('rotate/clockwise');
  });

  it('static below 0.02 of the diagonal per second, and when nothing could be measured', () => {
    // 0.1 px per 1/12 s on a 400 px diagonal is 0.003 of it per second
    expect(read(steps(6, { translationX: 0.1 }))).toBe('static/none');
    const camera = classifyCamera(steps(6, { translationX: -20, observable: false }), 320, 240);
    expect([camera.type, camera.observable]).toEqual(['static', false]);
  });

  it('a whip pan from 0.8 frame widths per second', () => {
    // 24 px per 1/12 s on a 320 px frame is 0.9 widths per second
    expect(read(steps(6, { translationX: -24 }))).toBe('whip_pan/right');
  });

  it('handheld when the path goes back and forth, within a window or across windows', () => {
    const shake = [4, -4, 4, -4, 4, -4].map((translationX) => step({ translationX }));
    expect(read(shake)).toBe('handheld/none');
    expect(shakesAcrossWindows([{ netX: 20, netY: 0, seconds: 0.5 }, { netX: -18, netY: 4, seconds: 0.5 }], 320, 240)).toBe(true);
    expect(shakesAcrossWindows([{ netX: 20, netY: 0, seconds: 0.5 }, { netX: 19, netY: 1, seconds: 0.5 }], 320, 240)).toBe(false);
  });
});
