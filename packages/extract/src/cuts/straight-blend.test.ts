import { describe, expect, it } from 'vitest';
import { cutFrame } from '../__fixtures__/cut-frames.js';
import { cutThresholds } from './cut-thresholds.js';
import { straightBlend } from './straight-blend.js';

const thresholds = cutThresholds();
const a = Float32Array.from([200, 30, 30, 200, 30, 30]);
const b = Float32Array.from([30, 30, 200, 60, 200, 60]);
const mix = (alpha: number) => a.map((value, k) => (1 - alpha) * value + alpha * b[k]!);
const frame = (index: number, rgb: Float32Array, luma = 0.4, lab = new Float64Array(6)) => cutFrame(index, { rgb, luma, lab });

describe('straightBlend', () => {
  it('reads frames on the straight blend of their ends as a dissolve, as a fade when an end is black', () => {
    const inner = [1, 2, 3].map((step) => frame(step, mix(step / 4)));
    const ends = [new Float64Array([60, 40, 30, 60, 40, 30]), new Float64Array([30, 50, -80, 40, -50, 40])];
    expect(straightBlend(frame(0, a, 0.4, ends[0]), frame(4, b, 0.4, ends[1]), inner, thresholds)).toBe('dissolve');
    expect(straightBlend(frame(0, a, 0.4, ends[0]), frame(4, b, 0.02, ends[1]), inner, thresholds)).toBe('fade');
  });

  it('rejects frames off the blend, out of order, or ends that barely differ', () => {
    const ends = [new Float64Array([60, 40, 30, 60, 40, 30]), new Float64Array([30, 50, -80, 40, -50, 40])];
    const shuffled = [3, 1, 2].map((step, position) => frame(position + 1, mix(step / 4)));
    expect(straightBlend(frame(0, a, 0.4, ends[0]), frame(4, b, 0.4, ends[1]), shuffled, thresholds)).toBeNull();
    const off = [1, 2, 3].map((step) => frame(step, Float32Array.from([0, 255, 0, 0, 255, 0])));
    expect(straightBlend(frame(0, a, 0.4, ends[0]), frame(4, b, 0.4, ends[1]), off, thresholds)).toBeNull();
    expect(straightBlend(frame(0, a, 0.4, ends[0]), frame(4, b, 0.4, ends[0]), [frame(1, mix(0.5))], thresholds)).toBeNull();
  });
});
