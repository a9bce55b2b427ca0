import { createSeededRandom } from '@motionreg/primitives';
import { describe, expect, it } from 'vitest';
import { ShotBoundaryDetector } from './shot-boundary-detector.js';
import type { FrameMotion } from './shot-boundary-detector.js';
import { thumbnailLab } from '../window/frame-features.js';

const cells = 32 * 18;

/** A low-contrast random texture (grey 120 ± 15) from a seed. */
function texture(seed: number): Float32Array {
  const values = new Float32Array(cells * 3);
  const random = createSeededRandom(`texture:${seed}`);
  for (let cell = 0; cell < cells; cell += 1) {
    const grey = 120 + (random.next() * 2 - 1) * 15;
    values.set([grey, grey, grey], cell * 3);
  }
  return values;
}

/** The texture with a little frame-to-frame noise (what a moving camera and the encoder leave). */
function jitter(base: Float32Array, frame: number): Float32Array {
  const values = Float32Array.from(base);
  const random = createSeededRandom(`jitter:${frame}`);
  for (let k = 0; k < values.length; k += 1) values[k] = values[k]! + (random.next() * 2 - 1) * 1.5;
  return values;
}

/** Grey thumbnails as Lab cells (L only; grey has no chroma). */
function lab(rgb: Float32Array): Float64Array {
  const values = new Float64Array(cells * 3);
  for (let cell = 0; cell < cells; cell += 1) values[cell * 3] = rgb[cell * 3]! / 2.55;
  return values;
}

/**
 * Runs 40 frames of a steady pan over a texture. Each `special` frame starts a new texture (a picture
 * change too small in colour for a cut by colour) with a camera jump and the given residual.
 */
function detect(options: { special: number[]; residual: number }): number[] {
  const detector = new ShotBoundaryDetector();
  const palette = [{ lab: [47, 0, 0] as [number, number, number], coverage: 1 }];
  for (let frame = 0; frame < 40; frame += 1) {
    const base = texture(1 + options.special.filter((start) => start <= frame).length);
    const rgb = jitter(base, frame);
    const special = options.special.includes(frame);
    const motion: FrameMotion = { residual: special ? options.residual : 0.005, logScale: 0, rotation: 0, shift: special ? 0.02 : 0.004, observable: true };
    detector.push(frame, rgb, lab(rgb), 0.47, palette, frame === 0 ? undefined : motion);
  }
  detector.finish();
  return detector.cuts;
}

describe('ShotBoundaryDetector: cuts between shots of one texture under one camera move', () => {
  it('finds a cut from a small camera jump the picture confirms, alone', () => {
    expect(detect({ special: [20], residual: 0.016 })).toEqual([20]);
  });

  it('ignores the same jump when what alignment cannot explain does not rise', () => {
    expect(detect({ special: [20], residual: 0.006 })).toEqual([]);
  });

  it('ignores jumps that repeat every few frames (content snapping in whole blocks)', () => {
    expect(detect({ special: [8, 12, 16, 20, 24, 28, 32], residual: 0.016 })).toEqual([]);
  });

  /**
   * 40 frames under a shaking hand (each frame's grain redrawn at ±20 levels), except the frame before the cut
   * and the cut itself, which hold still: the cut changes the picture less than ordinary frames do.
   */
  function handheld(options: { jump: number; residual: number }): number[] {
    const detector = new ShotBoundaryDetector();
    const palette = [{ lab: [47, 0, 0] as [number, number, number], coverage: 1 }];
    for (let frame = 0; frame < 40; frame += 1) {
      const base = texture(frame < 20 ? 1 : 2).map((value) => 120 + (value - 120) * 0.8);
      const random = createSeededRandom(`shake:${frame}`);
      const shake = frame === 19 || frame === 20 ? 0.3 : 20;
      const rgb = base.map((value) => value + (random.next() * 2 - 1) * shake);
      const cut = frame === 20;
      const motion: FrameMotion = { residual: cut ? options.residual : 0.005, logScale: 0, rotation: 0, shift: cut ? options.jump : 0.004 + (frame % 3) * 0.001, observable: true };
      detector.push(frame, rgb, lab(rgb), 0.47, palette, frame === 0 ? undefined : motion);
    }
    detector.finish();
    return detector.cuts;
  }

  /** 40 frames of a grainy texture whose motion cannot be read; from frame 20 the cells (a `changedShare` of them) show another. */
  function unreadable(options: { changedShare: number; repeatAt?: number }): number[] {
    const detector = new ShotBoundaryDetector();
    const palette = [{ lab: [47, 0, 0] as [number, number, number], coverage: 1 }];
    const first = texture(1);
    const second = texture(2);
    const changed = (cell: number) => cell < cells * options.changedShare;
    for (let frame = 0; frame < 40; frame += 1) {
      const after = frame >= 20 || (options.repeatAt !== undefined && frame === options.repeatAt);
      const base = Float32Array.from(first, (value, k) => (after && changed(Math.floor(k / 3)) ? second[k]! * 3 - 240 : value));
      const rgb = jitter(base, frame).map((value, k) => value + (createSeededRandom(`grain:${frame}:${k}`).next() * 2 - 1) * 8);
      const motion: FrameMotion = { residual: 0.001, logScale: 0, rotation: 0, shift: 0, observable: false };
      detector.push(frame, rgb, lab(rgb), 0.47, palette, frame === 0 ? undefined : motion);
    }
    detector.finish();
    return detector.cuts;
  }

  it('finds a lone change that stands out 3× where the motion cannot be read, and not one that repeats', () => {
    expect(unreadable({ changedShare: 1 })).toEqual([20]);
    // the same change back and forth a few frames earlier: content moving in blocks, not a cut
    expect(unreadable({ changedShare: 1, repeatAt: 16 })).not.toContain(20);
  });

  it('finds a cut the picture barely shows under a shaking hand when the camera jumps twice the threshold and alignment fails', () => {
    expect(handheld({ jump: 0.06, residual: 0.009 })).toEqual([20]);
    // a jump under twice the threshold, or alignment that still follows, is the hand shaking
    expect(handheld({ jump: 0.04, residual: 0.009 })).toEqual([]);
    expect(handheld({ jump: 0.06, residual: 0.006 })).toEqual([]);
  });
});

describe('ShotBoundaryDetector: cuts beside short transitions', () => {
  const width = 32;
  const height = 18;
  /** A frame of one colour over a shot's texture (so one brightness gain cannot explain a new shot), as the detector takes it. */
  function frame(rgb: readonly [number, number, number], shot: number, index: number) {
    const grain = jitter(texture(shot), index);
    const values = new Float32Array(width * height * 3);
    for (let k = 0; k < values.length; k += 1) values[k] = Math.min(255, Math.max(0, (rgb[k % 3]! * grain[k]!) / 120));
    const labCells = thumbnailLab({ width, height, channels: 3, values });
    let luma = 0;
    for (let cell = 0; cell < width * height; cell += 1) luma += (0.2126 * values[cell * 3]! + 0.7152 * values[cell * 3 + 1]! + 0.0722 * values[cell * 3 + 2]!) / 255;
    const base = thumbnailLab({ width: 1, height: 1, channels: 3, values: Float32Array.from(rgb) });
    return { values, labCells, luma: luma / (width * height), palette: [{ lab: [base[0]!, base[1]!, base[2]!] as [number, number, number], coverage: 1 }] };
  }
  const red = [200, 40, 40] as const;
  const blue = [40, 60, 200] as const;
  const scaled = (rgb: readonly [number, number, number], level: number) => rgb.map((value) => Math.round(value * level)) as unknown as [number, number, number];
  const blend = (a: readonly number[], b: readonly number[], t: number) => a.map((value, k) => Math.round(value * (1 - t) + b[k]! * t)) as unknown as [number, number, number];

  /** Runs frames of the given colours; the shot (texture) changes where the hue does. */
  function run(colors: [number, number, number][]) {
    const detector = new ShotBoundaryDetector();
    let shot = 1;
    colors.forEach((rgb, index) => {
      const previous = colors[index - 1];
      if (previous && Math.sign(previous[0] - previous[2]) !== Math.sign(rgb[0] - rgb[2])) shot += 1;
      const measured = frame(rgb, shot, index);
      detector.push(index, measured.values, measured.labCells, measured.luma, measured.palette);
    });
    detector.finish();
    return detector;
  }

  it('keeps a hard cut a few frames before a separate fade', () => {
    const colors = [...Array(14).fill(red), ...Array(3).fill(blue), scaled(blue, 0.5), scaled(blue, 0.45), ...Array(20).fill(blue)];
    expect(run(colors).cuts).toEqual([14]);
  });

  it('reads no cut inside a three-frame dissolve', () => {
    const colors = [...Array(20).fill(red), blend(red, blue, 1 / 6), blend(red, blue, 0.5), blend(red, blue, 5 / 6), ...Array(20).fill(blue)];
    expect(run(colors).cuts).toEqual([]);
  });

  it('reads two abrupt changes in a row as a two-frame dissolve, not as cuts around a one-frame shot', () => {
    // why colours and textures of their own: under a moving camera the two in-between frames are no straight
    // blend of the shots around them, so only their being consecutive tells them from cuts
    const detector = new ShotBoundaryDetector();
    const frames = [
      ...Array.from({ length: 20 }, (_, index) => frame(red, 1, index)),
      frame([170, 90, 60], 7, 20),
      frame([90, 70, 170], 8, 21),
      ...Array.from({ length: 20 }, (_, index) => frame(blue, 2, 22 + index)),
    ];
    frames.forEach((measured, index) => detector.push(index, measured.values, measured.labCells, measured.luma, measured.palette));
    detector.finish();
    expect(detector.cuts).toEqual([]);
    expect(detector.transitions.filter((transition) => transition.startFrame <= 20 && transition.endFrame >= 21)).toHaveLength(1);
  });

  it('keeps a camera-jump cut inside a long run that otherwise lies on a straight blend (no transition then)', () => {
    // a 14-frame blend from red to blue whose grain switches to another shot at its middle frame, where the
    // camera jumps too: a long dissolve spreads its change, so the abrupt frame is a cut
    const detector = new ShotBoundaryDetector();
    const colors = [...Array(12).fill(red), ...Array.from({ length: 14 }, (_, step) => blend(red, blue, (step + 1) / 15)), ...Array(12).fill(blue)];
    colors.forEach((rgb, index) => {
      const measured = frame(rgb, index < 19 ? 1 : 2, index);
      const jump = index === 19;
      const motion: FrameMotion = { residual: jump ? 0.03 : 0.005, logScale: 0, rotation: 0, shift: jump ? 0.08 : 0.004, observable: true };
      detector.push(index, measured.values, measured.labCells, measured.luma, measured.palette, index === 0 ? undefined : motion);
    });
    detector.finish();
    expect(detector.cuts).toEqual([19]);
    expect(detector.transitions.filter((transition) => transition.startFrame < 19 && transition.endFrame >= 19)).toEqual([]);
  });

  it('keeps a cut after a shot that slowly darkens by over 40 % across twelve frames (not a fade)', () => {
    const darkening = Array.from({ length: 12 }, (_, index) => scaled(red, 1 - index * 0.04));
    const colors = [...Array(10).fill(red), ...darkening, ...Array(16).fill(blue)];
    const detector = run(colors);
    expect(detector.cuts).toEqual([22]);
    expect(detector.transitions).toEqual([]);
  });
});
