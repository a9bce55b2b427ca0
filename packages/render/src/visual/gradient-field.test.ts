import { describe, expect, it } from 'vitest';
import { gradientTypes } from '@motionreg/primitives';
import type { GradientType } from '@motionreg/primitives';
import { sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { buildContentClock } from './content-clock.js';
import { GradientField, gradeColor } from './gradient-field.js';

const width = 256;
const height = 192;

function render(gradient: GradientType): Uint8Array {
  const clock = buildContentClock(sceneSpecFixture(), 24, 1, 1);
  const field = new GradientField({
    width, height, gradient, clock, cellSize: 16, lighting: 'neutral', shape: 'none',
    palette: [[0, 0, 0], [255, 255, 255]],
  });
  const target = new Uint8Array(width * height * 3);
  field.render(target, { x: width / 2, y: height / 2, scale: 1, rotationDegrees: 0 }, 0, 3);
  return target;
}

/** Mean absolute change of the red channel between pixels `step` apart along x and along y. */
function change(frame: Uint8Array, step: number): { alongX: number; alongY: number } {
  let alongX = 0;
  let alongY = 0;
  let count = 0;
  for (let y = 0; y + step < height; y += 4) {
    for (let x = 0; x + step < width; x += 4) {
      const here = frame[(y * width + x) * 3]!;
      alongX += Math.abs(frame[(y * width + x + step) * 3]! - here);
      alongY += Math.abs(frame[((y + step) * width + x) * 3]! - here);
      count += 1;
    }
  }
  return { alongX: alongX / count, alongY: alongY / count };
}

describe('GradientField', () => {
  it('varies along x for horizontal, along y for vertical, along both for angled', () => {
    const horizontal = change(render('horizontal'), 32);
    expect(horizontal.alongX).toBeGreaterThan(3 * horizontal.alongY);
    const vertical = change(render('vertical'), 32);
    expect(vertical.alongY).toBeGreaterThan(3 * vertical.alongX);
    const angled = change(render('angled'), 32);
    expect(angled.alongX).toBeGreaterThan(10);
    expect(Math.abs(angled.alongX - angled.alongY) / angled.alongX).toBeLessThan(0.25);
  });

  it('grows with distance from the centre for radial', () => {
    const frame = render('radial');
    const level = (x: number, y: number) => frame[(y * width + x) * 3]!;
    const centre = level(width / 2, height / 2);
    expect(level(width / 2 + 60, height / 2)).toBeGreaterThan(centre + 20);
    expect(Math.abs(level(width / 2 + 60, height / 2) - level(width / 2, height / 2 + 60))).toBeLessThan(16);
  });

  it('draws every gradient type and grades the palette', () => {
    for (const gradient of gradientTypes) expect(render(gradient).some((value) => value > 0)).toBe(true);
    expect(gradeColor([128, 128, 128], 'neutral')).toEqual([128, 128, 128]);
    const [red, , blue] = gradeColor([128, 128, 128], 'golden_hour');
    expect(red).toBe(blue);
  });
});
