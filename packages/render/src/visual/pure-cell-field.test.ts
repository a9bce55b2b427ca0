import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { motionAccelerations, motionDirections, motionRhythms, motionSmoothnesses, motionSpeeds } from '@motionreg/primitives';
import { sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { ClipFrameSource } from '../clip/clip-frame-source.js';
import { buildContentClock, maximumChangeShare } from './content-clock.js';
import { PureCellField } from './pure-cell-field.js';

const width = 96;
const height = 64;

function frames(spec = sceneSpecFixture(), frameCount = 12) {
  const source = new ClipFrameSource({ spec, width, height, fps: 24, frameCount, cellSize: 16 });
  return Array.from({ length: frameCount }, (_, index) => {
    const target = new Uint8Array(width * height * 3);
    return { target, truth: source.renderFrame(index, target) };
  });
}

describe('PureCellField', () => {
  it('places only pool colours, in 2 × 2 blocks, with exact shares that sum to 1', () => {
    const spec = sceneSpecFixture({ camera: { motion: 'rotate', speed: 'fast', steadiness: 'stable' } });
    const pool = new Set(spec.pureColors.map((color) => color.rgb.join(',')));
    for (const { target, truth } of frames(spec)) {
      const counted = new Map<string, number>();
      let foreign = 0;
      let unlikeBlock = 0;
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const offset = (y * width + x) * 3;
          const key = `${target[offset]},${target[offset + 1]},${target[offset + 2]}`;
          if (!pool.has(key)) foreign += 1;
          const block = ((y & ~1) * width + (x & ~1)) * 3;
          if (`${target[block]},${target[block + 1]},${target[block + 2]}` !== key) unlikeBlock += 1;
          counted.set(key, (counted.get(key) ?? 0) + 1);
        }
      }
      expect([foreign, unlikeBlock]).toEqual([0, 0]);
      expect(truth.exact).toBe(true);
      expect(truth.colors.reduce((sum, color) => sum + color.share, 0)).toBeCloseTo(1, 9);
      for (const color of truth.colors) expect(color.share).toBeCloseTo((counted.get(color.rgb.join(',')) ?? 0) / (width * height), 9);
    }
  });

  it('gives the same pixels for the same seed and different placements for another seed', () => {
    const first = frames(sceneSpecFixture({ seed: 1 }), 3);
    const again = frames(sceneSpecFixture({ seed: 1 }), 3);
    const other = frames(sceneSpecFixture({ seed: 2 }), 3);
    first.forEach((frame, index) => {
      expect(Buffer.from(frame.target).equals(Buffer.from(again[index]!.target))).toBe(true);
      expect(Buffer.from(frame.target).equals(Buffer.from(other[index]!.target))).toBe(false);
    });
  });

  it('changes some cells in every frame, never more than a small share (no accidental cuts)', () => {
    const spec = sceneSpecFixture({ motion: { speed: 'fast', smoothness: 'smooth', direction: 'none', rhythm: 'steady', acceleration: 'constant' } });
    // a 320×240 frame holds 300 cells, enough for the share of pixels to follow the share of cells
    const source = new ClipFrameSource({ spec, width: 320, height: 240, fps: 24, frameCount: 24, cellSize: 16 });
    const target = new Uint8Array(320 * 240 * 3);
    const rendered = Array.from({ length: 24 }, (_, index) => ({ truth: source.renderFrame(index, target) }));
    for (const { truth } of rendered.slice(1)) {
      expect(truth.changedShare).toBeGreaterThan(0);
      // the clock bounds the share of cells; the share of pixels in a small frame may stray a little
      expect(truth.changedShare).toBeLessThanOrEqual(maximumChangeShare + 0.05);
    }
  });

  it('keeps the share of changing cells at or below the maximum for every motion (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...motionSpeeds), fc.constantFrom(...motionSmoothnesses), fc.constantFrom(...motionDirections),
        fc.constantFrom(...motionRhythms), fc.constantFrom(...motionAccelerations), fc.double({ min: 0, max: 1, noNaN: true }),
        (speed, smoothness, direction, rhythm, acceleration, intensity) => {
          const spec = sceneSpecFixture({ intensity, motion: { speed, smoothness, direction, rhythm, acceleration } });
          const clock = buildContentClock(spec, 24, 96, 5);
          for (let frame = 1; frame < 96; frame += 1) {
            const step = clock.values[frame]! - clock.values[frame - 1]!;
            const share = clock.phaseGroups > 0 ? (step > 0 ? 1 / clock.phaseGroups : 0) : step / clock.lifetime;
            if (share > maximumChangeShare + 1e-9) return false;
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('places colours in proportion to their weights', () => {
    const spec = sceneSpecFixture();
    const clock = buildContentClock(spec, 24, 1, 1);
    const field = new PureCellField({
      width: 640, height: 480, cellSize: 4, clock, direction: 'none', symmetric: false,
      colors: [{ rgb: [255, 0, 0], weight: 3 }, { rgb: [0, 0, 255], weight: 1 }],
    });
    const counts = new Float64Array(2);
    field.render(new Uint8Array(640 * 480 * 3), { x: 320, y: 240, scale: 1, rotationDegrees: 0 }, 0, -1, 9, counts);
    expect(counts[0]! / (counts[0]! + counts[1]!)).toBeCloseTo(0.75, 1);
  });

  it('mirrors the world left to right for bilateral symmetry', () => {
    const spec = sceneSpecFixture({ composition: { framing: 'wide', balance: 'balanced', symmetry: 'bilateral' } });
    const { target } = frames(spec, 1)[0]!;
    let mirrored = 0;
    for (let y = 0; y < height; y += 2) {
      for (let x = 0; x < width / 2; x += 2) {
        const left = (y * width + x) * 3;
        const right = (y * width + (width - 2 - x)) * 3;
        if (target[left] === target[right] && target[left + 1] === target[right + 1] && target[left + 2] === target[right + 2]) mirrored += 1;
      }
    }
    expect(mirrored / ((height / 2) * (width / 4))).toBe(1);
  });
});
