import type { CameraTransform, GradientType, LightingPreset, Rgb, ShapeOverlay } from '@motionreg/primitives';
import { hash2 } from '../hash/cell-hash.js';
import type { ContentClock } from './content-clock.js';
import { blockSize } from './pure-cell-field.js';

/**
 * Colour grades of the lighting presets (contrast, saturation, lift, gamma, gain), the reference system's
 * values. Applied in blended mode only: pure-per-frame colours are placed exactly, and there lighting acts
 * through which colours `@motionreg/create` favours.
 */
export const lightingGrades: Record<LightingPreset, { contrast: number; saturation: number; lift: number; gamma: number; gain: number }> = {
  neutral: { contrast: 1.0, saturation: 1.0, lift: 0, gamma: 1.0, gain: 1.0 },
  noir: { contrast: 1.3, saturation: 0.6, lift: -0.1, gamma: 1.1, gain: 0.9 },
  golden_hour: { contrast: 1.1, saturation: 1.2, lift: 0.02, gamma: 0.95, gain: 1.1 },
  neon: { contrast: 1.2, saturation: 1.4, lift: 0, gamma: 1.0, gain: 1.15 },
  documentary: { contrast: 1.05, saturation: 0.95, lift: 0, gamma: 1.0, gain: 1.0 },
  moody: { contrast: 1.25, saturation: 0.8, lift: -0.05, gamma: 1.15, gain: 0.95 },
};

const clamp01 = (value: number) => (value < 0 ? 0 : value > 1 ? 1 : value);

/** A palette colour after the preset's grade: lift and gain, gamma, contrast about 0.5, saturation about Rec. 601 luma. */
export function gradeColor(rgb: Rgb, preset: LightingPreset): [number, number, number] {
  const grade = lightingGrades[preset];
  const channels = rgb.map((level) => {
    const lifted = clamp01((level / 255 + grade.lift) * grade.gain) ** (1 / grade.gamma);
    return clamp01((lifted - 0.5) * grade.contrast + 0.5);
  });
  const luma = 0.299 * channels[0]! + 0.587 * channels[1]! + 0.114 * channels[2]!;
  return channels.map((value) => Math.round(255 * clamp01(luma + (value - luma) * grade.saturation))) as [number, number, number];
}

/** Inputs of {@link GradientField}. */
export interface GradientFieldOptions {
  width: number;
  height: number;
  gradient: GradientType;
  /** Palette stops, in order. */
  palette: readonly Rgb[];
  lighting: LightingPreset;
  shape: ShapeOverlay;
  /** Edge of the texture cells in world pixels. */
  cellSize: number;
  clock: ContentClock;
}

/**
 * The blended picture (used when the pure colour pool is empty): a gradient over the palette laid out in
 * world space (horizontal varies along x, vertical along y, radial with distance from the start centre,
 * angled along x + y), mirrored every period so it never ends, drifting with the content clock, graded by
 * the lighting preset, with a faint per-cell luminance texture (±6 levels) so camera motion stays
 * measurable over smooth colour, and the spec's shape overlay.
 */
export class GradientField {
  private readonly options: GradientFieldOptions;
  private readonly lookup: Uint8Array;
  private readonly period: number;

  constructor(options: GradientFieldOptions) {
    this.options = options;
    this.period = Math.max(options.width, options.height);
    const graded = options.palette.map((rgb) => gradeColor(rgb, options.lighting));
    // 1024-entry lookup of the graded palette, linear between stops
    this.lookup = new Uint8Array(1024 * 3);
    for (let index = 0; index < 1024; index += 1) {
      const position = (index / 1023) * (graded.length - 1);
      const lower = Math.min(Math.floor(position), graded.length - 1);
      const upper = Math.min(lower + 1, graded.length - 1);
      const mix = position - lower;
      for (let channel = 0; channel < 3; channel += 1) {
        this.lookup[index * 3 + channel] = Math.round(graded[lower]![channel]! * (1 - mix) + graded[upper]![channel]! * mix);
      }
    }
  }

  /** Renders one frame into `target` (rgb24). */
  render(target: Uint8Array, camera: CameraTransform, frame: number, seed: number): void {
    const { width, height, gradient, shape, cellSize, clock } = this.options;
    const lookup = this.lookup;
    const period = this.period;
    const drift = (0.3 * (clock.values[frame] ?? 0)) / clock.lifetime;
    const radians = (camera.rotationDegrees * Math.PI) / 180;
    const cosine = Math.cos(radians) / camera.scale;
    const sine = Math.sin(radians) / camera.scale;
    const centreX = width / 2;
    const centreY = height / 2;
    const shapeRadius = 0.25 * Math.min(width, height);
    const rowBytes = width * 3;
    for (let blockY = 0; blockY < height; blockY += blockSize) {
      for (let blockX = 0; blockX < width; blockX += blockSize) {
        const dx = blockX + blockSize / 2 - centreX;
        const dy = blockY + blockSize / 2 - centreY;
        const worldX = camera.x + cosine * dx + sine * dy;
        const worldY = camera.y - sine * dx + cosine * dy;
        let value: number;
        switch (gradient) {
          case 'horizontal': value = worldX / period; break;
          case 'vertical': value = worldY / period; break;
          case 'angled': value = (worldX + worldY) / (Math.SQRT2 * period); break;
          case 'radial': value = (1.414 * Math.hypot(worldX - centreX, worldY - centreY)) / period; break;
        }
        value += drift;
        // triangle wave: 0 → 1 → 0 every two periods, so the gradient is continuous everywhere
        const wrapped = ((value % 2) + 2) % 2;
        const position = wrapped > 1 ? 2 - wrapped : wrapped;
        const source = Math.round(position * 1023) * 3;
        const texture = ((hash2(Math.floor(worldX / cellSize), Math.floor(worldY / cellSize), seed) & 15) - 7.5) * 0.8;
        let alpha = 0;
        if (shape === 'circle') alpha = 0.15 * clamp01(1 - Math.hypot(dx, dy) / shapeRadius) ** 2;
        else if (shape === 'rect') alpha = Math.abs(dx) < shapeRadius * 1.3 && Math.abs(dy) < shapeRadius ? 0.2 : 0;
        const middle = 511 * 3;
        let offset = blockY * rowBytes + blockX * 3;
        for (let repeat = 0; repeat < blockSize; repeat += 1) {
          for (let channel = 0; channel < 3; channel += 1) {
            const base = lookup[source + channel]! * (1 - alpha) + lookup[middle + channel]! * alpha + texture;
            target[offset + channel] = base < 0 ? 0 : base > 255 ? 255 : Math.round(base);
          }
          offset += 3;
        }
      }
      target.copyWithin((blockY + 1) * rowBytes, blockY * rowBytes, (blockY + 1) * rowBytes);
    }
  }
}
