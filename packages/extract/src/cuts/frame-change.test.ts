import { describe, expect, it } from 'vitest';
import { gainResidual, labDistance, median, paletteDistance, upperQuartile, whiteMixResidual } from './frame-change.js';

describe('frame change measures', () => {
  it('measures Lab distance per cell', () => {
    expect(labDistance(new Float64Array([50, 0, 0, 60, 0, 0]), new Float64Array([50, 0, 0, 60, 0, 0]))).toBe(0);
    expect(labDistance(new Float64Array([50, 0, 0, 60, 0, 0]), new Float64Array([53, 4, 0, 60, 0, 0]))).toBeCloseTo(2.5, 10);
  });

  it('measures palette distance both ways, weighted by coverage', () => {
    const red = [{ lab: [53, 80, 67] as [number, number, number], coverage: 1 }];
    const blue = [{ lab: [32, 79, -108] as [number, number, number], coverage: 1 }];
    expect(paletteDistance(red, red)).toBe(0);
    expect(paletteDistance(red, blue)).toBeCloseTo(paletteDistance(blue, red), 10);
    expect(paletteDistance(red, blue)).toBeGreaterThan(100);
  });

  it('leaves nothing of a pure brightness change, and the rest of a new picture', () => {
    const picture = Float32Array.from([10, 200, 30, 90, 120, 250]);
    const darker = picture.map((value) => value * 0.5);
    expect(gainResidual(picture, darker)).toBeCloseTo(0, 10);
    expect(gainResidual(picture, Float32Array.from([200, 10, 30, 250, 120, 90]))).toBeGreaterThan(0.2);
  });

  it('leaves nothing of a fade towards white, which one gain cannot explain', () => {
    const picture = Float32Array.from([10, 200, 30, 90, 120, 250]);
    const whiter = picture.map((value) => 0.6 * value + 0.4 * 255);
    expect(whiteMixResidual(picture, whiter)).toBeCloseTo(0, 10);
    expect(whiteMixResidual(whiter, picture)).toBeCloseTo(0, 10);
    expect(gainResidual(picture, whiter)).toBeGreaterThan(0.05);
    expect(whiteMixResidual(picture, Float32Array.from([200, 10, 30, 250, 120, 90]))).toBeGreaterThan(0.2);
  });

  it('reads medians and upper quartiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(upperQuartile([1, 1, 1, 9])).toBe(9);
    expect(upperQuartile([1, 1, 1, 1, 1, 1, 1, 9])).toBe(1);
  });
});
