import { rgbToLabInto } from '@motionreg/primitives';
import type { ObservedGradientType } from '@motionreg/primitives';
import type { SmallImage } from '../color/frame-sampler.js';
import type { ColorCluster } from '../color/dominant-colors.js';

/** The per-frame numbers windows are built from (small: a window keeps only these). */
export interface FrameFeatures {
  brightness: number;
  /** Luma standard deviation × 2, clipped to 0–1 (1 for half black, half white). */
  contrast: number;
  /** Coverage-weighted mean of (a* + b*)/√2 over the frame's colours: > 0 warm (red–yellow), < 0 cool (cyan–blue). */
  warmth: number;
  /** Coverage-weighted mean CIE chroma (C* ÷ 100) of the frame's colours, clipped to 0–1. */
  saturation: number;
  /** Luma-weighted centre of mass, each coordinate 0–1 of the frame (normalised once). */
  centerOfMass: [number, number];
  /** Left–right mirror similarity of luma, 0–1. */
  symmetryScore: number;
  gradient: ObservedGradientType;
  gradientStrength: number;
}

/** Thresholds of the gradient reading; the defaults are documented in the package README. */
export interface GradientThresholds {
  /** Mean colour change per thumbnail cell (CIE Lab units) below which a frame is flat. @default 0.4 */
  minimumChange?: number;
  /** Share of the gradient energy in the strongest tenth of cells above which change is edges, not a gradient. @default 0.5 */
  maximumConcentration?: number;
  /** Orientation coherence (0–1) from which a gradient is linear. @default 0.6 */
  linearCoherence?: number;
  /** Share of the change pointing away from the centre from which a gradient is radial. @default 0.8 */
  radialAlignment?: number;
  /** Degrees from an axis within which a linear gradient is horizontal or vertical. @default 20 */
  axisDegrees?: number;
}

const lab = new Float64Array(3);

/** Lab of each thumbnail cell (L, a, b interleaved). */
export function thumbnailLab(thumbnail: SmallImage): Float64Array {
  const cells = thumbnail.width * thumbnail.height;
  const out = new Float64Array(cells * 3);
  const values = thumbnail.values;
  for (let cell = 0; cell < cells; cell += 1) {
    const clamp = (value: number) => Math.min(255, Math.max(0, Math.round(value)));
    rgbToLabInto(clamp(values[cell * 3]!), clamp(values[cell * 3 + 1]!), clamp(values[cell * 3 + 2]!), lab, 0);
    out[cell * 3] = lab[0]!;
    out[cell * 3 + 1] = lab[1]!;
    out[cell * 3 + 2] = lab[2]!;
  }
  return out;
}

/**
 * Reads the gradient type of a frame from its thumbnail in CIE Lab: the structure tensor of the colour
 * change (summed over L, a, b) gives its orientation and coherence; the share of change pointing away
 * from the centre tells a radial gradient; change concentrated in few cells is edges (shapes, cells,
 * stripes), not a gradient. Horizontal means values change along x.
 */
export function readGradient(labCells: Float64Array, width: number, height: number, thresholds: GradientThresholds = {}): { type: ObservedGradientType; strength: number } {
  const minimumChange = thresholds.minimumChange ?? 0.4;
  const maximumConcentration = thresholds.maximumConcentration ?? 0.5;
  const linearCoherence = thresholds.linearCoherence ?? 0.6;
  const radialAlignment = thresholds.radialAlignment ?? 0.8;
  const axisDegrees = thresholds.axisDegrees ?? 20;
  if (width < 3 || height < 3) return { type: 'none', strength: 0 };
  let xx = 0;
  let xy = 0;
  let yy = 0;
  let radial = 0;
  const energies: number[] = [];
  const centreX = (width - 1) / 2;
  const centreY = (height - 1) / 2;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      let cellXX = 0;
      let cellXY = 0;
      let cellYY = 0;
      let cellRadial = 0;
      const u = x - centreX;
      const v = y - centreY;
      const distance = Math.hypot(u, v);
      for (let channel = 0; channel < 3; channel += 1) {
        const gx = (labCells[(y * width + x + 1) * 3 + channel]! - labCells[(y * width + x - 1) * 3 + channel]!) / 2;
        const gy = (labCells[((y + 1) * width + x) * 3 + channel]! - labCells[((y - 1) * width + x) * 3 + channel]!) / 2;
        cellXX += gx * gx;
        cellXY += gx * gy;
        cellYY += gy * gy;
        if (distance > 0) cellRadial += ((gx * u + gy * v) / distance) ** 2;
      }
      xx += cellXX;
      xy += cellXY;
      yy += cellYY;
      radial += cellRadial;
      energies.push(cellXX + cellYY);
    }
  }
  const total = xx + yy;
  const cells = energies.length;
  const strength = Math.sqrt(total / cells);
  if (strength < minimumChange) return { type: 'none', strength };
  energies.sort((a, b) => b - a);
  const top = Math.max(1, Math.round(cells / 10));
  let topEnergy = 0;
  for (let index = 0; index < top; index += 1) topEnergy += energies[index]!;
  if (topEnergy / total > maximumConcentration) return { type: 'none', strength };
  const difference = Math.sqrt((xx - yy) ** 2 + 4 * xy * xy);
  const coherence = difference / total;
  if (radial / total >= radialAlignment && coherence < linearCoherence) return { type: 'radial', strength };
  if (coherence < linearCoherence) return { type: 'none', strength };
  // orientation of the dominant eigenvector: the direction along which values change
  const angle = Math.abs((0.5 * Math.atan2(2 * xy, xx - yy) * 180) / Math.PI);
  if (angle <= axisDegrees) return { type: 'horizontal', strength };
  if (angle >= 90 - axisDegrees) return { type: 'vertical', strength };
  return { type: 'angled', strength };
}

/** Per-frame features from the sampler's luma statistics, thumbnail and dominant colours. */
export function frameFeatures(
  brightness: number,
  lumaDeviation: number,
  thumbnail: SmallImage,
  labCells: Float64Array,
  colors: readonly ColorCluster[],
  thresholds: GradientThresholds = {},
): FrameFeatures {
  let warmth = 0;
  let chroma = 0;
  for (const color of colors) {
    warmth += color.coverage * ((color.lab[1] + color.lab[2]) / Math.SQRT2);
    chroma += color.coverage * Math.hypot(color.lab[1], color.lab[2]);
  }
  const { width, height, values } = thumbnail;
  const luma = new Float64Array(width * height);
  let weight = 0;
  let massX = 0;
  let massY = 0;
  let lumaSum = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const cell = y * width + x;
      const value = (0.2126 * values[cell * 3]! + 0.7152 * values[cell * 3 + 1]! + 0.0722 * values[cell * 3 + 2]!) / 255;
      luma[cell] = value;
      weight += value;
      massX += value * ((x + 0.5) / width);
      massY += value * ((y + 0.5) / height);
      lumaSum += value;
    }
  }
  const centerOfMass: [number, number] = weight > 1e-9 ? [massX / weight, massY / weight] : [0.5, 0.5];
  const mean = lumaSum / luma.length;
  let spread = 0;
  let mirror = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const value = luma[y * width + x]!;
      spread += Math.abs(value - mean);
      mirror += Math.abs(value - luma[y * width + (width - 1 - x)]!);
    }
  }
  spread /= luma.length;
  mirror /= luma.length;
  // why: mirror difference is compared with what an unrelated pairing of the same pixels would give
  // (about twice the mean absolute deviation), so the score does not depend on the frame's contrast.
  const symmetryScore = Math.min(1, Math.max(0, 1 - mirror / Math.max(2 * spread, 0.01)));
  const gradient = readGradient(labCells, width, height, thresholds);
  return {
    brightness,
    contrast: Math.min(1, 2 * lumaDeviation),
    warmth,
    saturation: Math.min(1, chroma / 100),
    centerOfMass: [Math.min(1, Math.max(0, centerOfMass[0])), Math.min(1, Math.max(0, centerOfMass[1]))],
    symmetryScore,
    gradient: gradient.type,
    gradientStrength: gradient.strength,
  };
}
