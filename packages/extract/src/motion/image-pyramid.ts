import type { SmallImage } from '../color/frame-sampler.js';

/** A grey image and its gradients, one level of a pyramid. */
export interface PyramidLevel {
  width: number;
  height: number;
  /** The grey image itself (0–1). */
  values: Float32Array;
  /**
   * The image minus its local mean (a box of ±`detailRadius` pixels): the texture alignment locks onto.
   * why: a smooth gradient or a change of light that moves on its own (content drift, a fade) would
   * otherwise outweigh the fine texture that moves with the camera.
   */
  detail: Float32Array;
  /** Horizontal and vertical central-difference gradients of `detail` (0 on the border). */
  gradientX: Float32Array;
  gradientY: Float32Array;
  /** Size of one pixel of this level in pixels of the finest level. */
  scale: number;
}

/** Radius (pixels of each level) of the local mean removed from `detail`. */
export const detailRadius = 4;

/** The image minus its box mean of ±radius (clamped at the borders), via an integral image. */
function removeLocalMean(values: Float32Array, width: number, height: number, radius: number): Float32Array {
  const integral = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y += 1) {
    let row = 0;
    for (let x = 0; x < width; x += 1) {
      row += values[y * width + x]!;
      integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1]! + row;
    }
  }
  const detail = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const top = Math.max(0, y - radius);
    const bottom = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x += 1) {
      const left = Math.max(0, x - radius);
      const right = Math.min(width, x + radius + 1);
      const sum = integral[bottom * (width + 1) + right]! - integral[top * (width + 1) + right]! - integral[bottom * (width + 1) + left]! + integral[top * (width + 1) + left]!;
      detail[y * width + x] = values[y * width + x]! - sum / ((bottom - top) * (right - left));
    }
  }
  return detail;
}

function gradients(level: Omit<PyramidLevel, 'gradientX' | 'gradientY' | 'detail'>): PyramidLevel {
  const { width, height } = level;
  const values = removeLocalMean(level.values, width, height, detailRadius);
  const gradientX = new Float32Array(width * height);
  const gradientY = new Float32Array(width * height);
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const index = y * width + x;
      gradientX[index] = (values[index + 1]! - values[index - 1]!) * 0.5;
      gradientY[index] = (values[index + width]! - values[index - width]!) * 0.5;
    }
  }
  return { ...level, detail: values, gradientX, gradientY };
}

/** Blurs with [1 2 1]/4 in both directions, then keeps every other pixel. */
function halve(values: Float32Array, width: number, height: number): { values: Float32Array; width: number; height: number } {
  const blurred = new Float32Array(width * height);
  const row = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const left = values[y * width + Math.max(0, x - 1)]!;
      const right = values[y * width + Math.min(width - 1, x + 1)]!;
      row[y * width + x] = 0.25 * left + 0.5 * values[y * width + x]! + 0.25 * right;
    }
  }
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const up = row[Math.max(0, y - 1) * width + x]!;
      const down = row[Math.min(height - 1, y + 1) * width + x]!;
      blurred[y * width + x] = 0.25 * up + 0.5 * row[y * width + x]! + 0.25 * down;
    }
  }
  const halfWidth = Math.floor(width / 2);
  const halfHeight = Math.floor(height / 2);
  const out = new Float32Array(halfWidth * halfHeight);
  for (let y = 0; y < halfHeight; y += 1) {
    for (let x = 0; x < halfWidth; x += 1) out[y * halfWidth + x] = blurred[2 * y * width + 2 * x]!;
  }
  return { values: out, width: halfWidth, height: halfHeight };
}

/**
 * A Gaussian-like pyramid of a grey image (finest first), halving until the next level would be
 * smaller than `minSize` on its short side. Each level carries its gradients.
 */
export function buildPyramid(image: SmallImage, minSize = 8): PyramidLevel[] {
  const levels: PyramidLevel[] = [gradients({ width: image.width, height: image.height, values: Float32Array.from(image.values), scale: 1 })];
  let current = levels[0]!;
  while (Math.min(current.width, current.height) / 2 >= minSize) {
    const next = halve(current.values, current.width, current.height);
    current = gradients({ ...next, scale: current.scale * 2 });
    levels.push(current);
  }
  return levels;
}
