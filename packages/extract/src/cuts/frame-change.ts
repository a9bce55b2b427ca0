/**
 * How much one frame differs from the previous one, measured on the small pictures the cut detector keeps.
 * Pure functions; each is one of the detector's measures (see `cut-thresholds.ts`).
 */
import type { PaletteColor } from './cut-frame.js';

/** Mean CIE Lab distance (ΔE76) between the cells of two Lab thumbnails. */
export function labDistance(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  const cells = a.length / 3;
  for (let cell = 0; cell < cells; cell += 1) {
    sum += Math.hypot(a[cell * 3]! - b[cell * 3]!, a[cell * 3 + 1]! - b[cell * 3 + 1]!, a[cell * 3 + 2]! - b[cell * 3 + 2]!);
  }
  return sum / cells;
}

function nearestSum(from: readonly PaletteColor[], to: readonly PaletteColor[]): number {
  let sum = 0;
  for (const color of from) {
    let nearest = Number.POSITIVE_INFINITY;
    for (const other of to) nearest = Math.min(nearest, Math.hypot(color.lab[0] - other.lab[0], color.lab[1] - other.lab[1], color.lab[2] - other.lab[2]));
    if (Number.isFinite(nearest)) sum += color.coverage * nearest;
  }
  return sum;
}

/**
 * Symmetric palette distance: each colour's coverage times its ΔE76 to the nearest colour of the other
 * frame, both ways, halved. It does not move when the camera does.
 */
export function paletteDistance(a: readonly PaletteColor[], b: readonly PaletteColor[]): number {
  return (nearestSum(a, b) + nearestSum(b, a)) / 2;
}

/**
 * Mean absolute difference (0–1) between two RGB thumbnails after the best single gain, either way round:
 * what is left of a change once one brightness gain (a fade step) has explained what it can.
 */
export function gainResidual(a: Float32Array, b: Float32Array): number {
  let cross = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k += 1) {
    cross += a[k]! * b[k]!;
    aa += a[k]! * a[k]!;
    bb += b[k]! * b[k]!;
  }
  const gainAB = bb > 0 ? cross / bb : 0;
  const gainBA = aa > 0 ? cross / aa : 0;
  let forward = 0;
  let backward = 0;
  for (let k = 0; k < a.length; k += 1) {
    forward += Math.abs(a[k]! - gainAB * b[k]!);
    backward += Math.abs(b[k]! - gainBA * a[k]!);
  }
  return Math.min(forward, backward) / (255 * Math.max(1, a.length));
}

/**
 * Mean absolute difference (0–1) between two RGB thumbnails after the best mix with white, either way round:
 * what is left once a fade to or from white ((1 − t)·picture + t·white) has explained what it can. One gain
 * explains a fade to black, not one to white.
 */
export function whiteMixResidual(a: Float32Array, b: Float32Array): number {
  const residual = (from: Float32Array, to: Float32Array) => {
    let cross = 0;
    let norm = 0;
    for (let k = 0; k < from.length; k += 1) {
      cross += (to[k]! - from[k]!) * (255 - from[k]!);
      norm += (255 - from[k]!) ** 2;
    }
    const t = norm > 0 ? Math.min(1, Math.max(0, cross / norm)) : 0;
    let sum = 0;
    for (let k = 0; k < from.length; k += 1) sum += Math.abs(to[k]! - ((1 - t) * from[k]! + t * 255));
    return sum;
  };
  return Math.min(residual(a, b), residual(b, a)) / (255 * Math.max(1, a.length));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The upper quartile: the level of a neighbourhood that periodic spikes (content moving in whole blocks) do not reach. */
export function upperQuartile(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.75))]!;
}
