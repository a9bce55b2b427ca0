import { describe, expect, it } from 'vitest';
import { cameraMotions } from '@motionreg/primitives';
import type { CameraMotion, SceneSpec } from '@motionreg/primitives';
import { cameraDirectionsFor, cameraRates, planCameraPath, resolveCameraDirection, zoomScaleRange } from './camera-path.js';

const width = 320;
const height = 240;
const fps = 24;
const diagonal = Math.hypot(width, height);

function path(motion: CameraMotion, overrides: Partial<SceneSpec['camera']> = {}, shotFrames = 48) {
  return planCameraPath({ camera: { motion, speed: 'medium', steadiness: 'stable', ...overrides }, width, height, fps, shotFrames, seed: 3 });
}

describe('planCameraPath', () => {
  it('starts every shot at the frame centre, unrotated', () => {
    for (const motion of cameraMotions) {
      const start = path(motion).transformAt(0);
      if (motion === 'handheld') continue;
      expect([start.x, start.y, start.rotationDegrees]).toEqual([width / 2, height / 2, 0]);
    }
  });

  it('pans right by moving the camera right (content moves left) at the medium rate', () => {
    const pan = path('pan', { direction: 'right' });
    const travelled = pan.transformAt(24).x - pan.transformAt(0).x;
    expect(travelled).toBeCloseTo(cameraRates.medium * diagonal, 6);
    expect(pan.observedType).toBe('pan');
    expect(path('pan', { direction: 'left' }).transformAt(24).x).toBeLessThan(width / 2);
  });

  it('tilts up by moving the camera up (content moves down)', () => {
    expect(path('tilt', { direction: 'up' }).transformAt(24).y).toBeLessThan(height / 2);
    expect(path('tilt', { direction: 'down' }).transformAt(24).y).toBeGreaterThan(height / 2);
    expect(path('pedestal').observedType).toBe('tilt');
  });

  it('zooms in (content grows) and out inside the scale range', () => {
    for (const motion of ['zoom', 'zoom_out', 'dolly', 'birds_eye'] as const) {
      for (const frames of [12, 48, 2400]) {
        const camera = path(motion, { speed: 'fast' }, frames);
        for (const frame of [0, frames / 2, frames]) {
          const { scale } = camera.transformAt(frame);
          expect(scale).toBeGreaterThanOrEqual(zoomScaleRange[0] - 1e-9);
          expect(scale).toBeLessThanOrEqual(zoomScaleRange[1] + 1e-9);
        }
      }
    }
    const zoom = path('zoom');
    expect(zoom.transformAt(24).scale).toBeGreaterThan(zoom.transformAt(0).scale);
    const out = path('zoom_out');
    expect(out.transformAt(24).scale).toBeLessThan(out.transformAt(0).scale);
    expect(path('dolly', { direction: 'out' }).observedType).toBe('zoom_out');
  });

  it('rolls clockwise by turning the content counterclockwise', () => {
    expect(path('rotate', { direction: 'clockwise' }).transformAt(24).rotationDegrees).toBeLessThan(0);
    expect(path('roll', { direction: 'counterclockwise' }).transformAt(24).rotationDegrees).toBeGreaterThan(0);
    expect(path('roll').observedType).toBe('rotate');
  });

  it('shakes a handheld camera back and forth without travelling', () => {
    const camera = path('handheld', { steadiness: 'shaky' }, 240);
    let travelled = 0;
    for (let frame = 1; frame <= 240; frame += 1) {
      const a = camera.transformAt(frame - 1);
      const b = camera.transformAt(frame);
      travelled += Math.hypot(b.x - a.x, b.y - a.y);
    }
    const end = camera.transformAt(240);
    const start = camera.transformAt(0);
    const net = Math.hypot(end.x - start.x, end.y - start.y);
    expect(travelled / diagonal / 10).toBeGreaterThan(0.02);
    expect(travelled / Math.max(net, 1e-9)).toBeGreaterThan(2.5);
  });

  it('keeps every moving class above the still threshold and whip pans above 0.8 widths per second', () => {
    for (const motion of cameraMotions) {
      const camera = path(motion, { speed: 'slow' });
      if (motion === 'static') expect(camera.rate).toBe(0);
      else expect(camera.rate).toBeGreaterThan(0.02);
    }
    const whip = path('whip_pan');
    expect((whip.transformAt(24).x - whip.transformAt(0).x) / width).toBeGreaterThanOrEqual(0.8);
  });

  it('uses a direction only where it fits the motion', () => {
    expect(resolveCameraDirection('pan', 'up')).toBe('right');
    expect(resolveCameraDirection('tilt', 'down')).toBe('down');
    expect(resolveCameraDirection('static', 'left')).toBe('none');
    for (const motion of cameraMotions) expect(cameraDirectionsFor(motion).length).toBeGreaterThan(0);
  });
});
