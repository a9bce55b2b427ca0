import type { SceneSpec, TruthColor, TruthFrame, TruthShot } from '@motionreg/primitives';
import { planCameraPath } from '../camera/camera-path.js';
import type { CameraPath } from '../camera/camera-path.js';
import { deriveSeed } from '../hash/cell-hash.js';
import { planTimeline } from '../timeline/plan-timeline.js';
import type { Timeline } from '../timeline/plan-timeline.js';
import { buildContentClock } from '../visual/content-clock.js';
import { GradientField } from '../visual/gradient-field.js';
import { PureCellField, blockSize } from '../visual/pure-cell-field.js';

/** How framing scales the world cells: closer framings show larger cells. */
export const framingCellScale = { wide: 1, medium: 1.25, pov: 1.25, close: 1.5, extreme_close: 2 } as const;

/** Inputs of {@link ClipFrameSource}. */
export interface ClipFrameSourceOptions {
  /** A parsed, valid spec. */
  spec: SceneSpec;
  width: number;
  height: number;
  fps: number;
  frameCount: number;
  /** World cell edge at camera scale 1 before the framing factor. */
  cellSize: number;
}

/** Colours of one frame from per-colour pixel counts, identical RGB merged, largest share first. */
function colorsFromCounts(counts: Float64Array, colors: SceneSpec['pureColors'], pixels: number): TruthColor[] {
  const byRgb = new Map<string, TruthColor>();
  counts.forEach((count, index) => {
    if (count <= 0) return;
    const color = colors[index]!;
    const key = color.rgb.join(',');
    const existing = byRgb.get(key);
    if (existing) existing.share += count / pixels;
    else byRgb.set(key, { name: color.name, rgb: [...color.rgb] as TruthColor['rgb'], share: count / pixels });
  });
  return [...byRgb.values()].sort((a, b) => b.share - a.share || a.name.localeCompare(b.name));
}

/** Multiplies every byte by `factor` (fades). */
function scaleFrame(frame: Uint8Array, factor: number): void {
  for (let index = 0; index < frame.length; index += 1) frame[index] = Math.round(frame[index]! * factor);
}

/**
 * Every video frame of a clip, each rendered on demand into a caller's buffer together with its truth:
 * shots, camera paths, the content clock, transitions (dissolve, fade through black, wipe) and the pure or
 * blended picture. Any frame can be rendered alone, in any order, and always gives the same bytes.
 */
export class ClipFrameSource {
  readonly timeline: Timeline;
  readonly cameras: readonly CameraPath[];
  /** World cell edge in pixels after the framing factor. */
  readonly cellSize: number;
  readonly pure: boolean;
  private readonly spec: SceneSpec;
  private readonly width: number;
  private readonly height: number;
  private readonly fps: number;
  private readonly shotSeeds: number[];
  private readonly cellField: PureCellField | null;
  private readonly gradientField: GradientField | null;
  private readonly scratch: Uint8Array;
  private readonly counts: Float64Array;
  private readonly scratchCounts: Float64Array;
  private readonly indexOfRgb: Map<number, number>;

  constructor(options: ClipFrameSourceOptions) {
    const { spec, width, height, fps, frameCount } = options;
    this.spec = spec;
    this.width = width;
    this.height = height;
    this.fps = fps;
    this.timeline = planTimeline(spec, fps, frameCount);
    this.shotSeeds = this.timeline.shots.map((shot) => deriveSeed(spec.seed, `shot:${shot.index}`));
    this.cameras = this.timeline.shots.map((shot) =>
      planCameraPath({ camera: spec.camera, width, height, fps, shotFrames: shot.endFrame - shot.startFrame, seed: this.shotSeeds[shot.index]! }),
    );
    const clock = buildContentClock(spec, fps, frameCount, deriveSeed(spec.seed, 'clock'));
    this.cellSize = Math.max(2 * blockSize, Math.round((options.cellSize * framingCellScale[spec.composition.framing]) / 2) * 2);
    this.pure = spec.creationMode === 'pure_per_frame' && spec.pureColors.length > 0;
    this.cellField = this.pure
      ? new PureCellField({
          width, height, clock, cellSize: this.cellSize,
          colors: spec.pureColors,
          direction: spec.motion.direction,
          symmetric: spec.composition.symmetry === 'bilateral',
        })
      : null;
    this.gradientField = this.pure
      ? null
      : new GradientField({
          width, height, clock, cellSize: this.cellSize,
          gradient: spec.gradient,
          palette: spec.palette.map((stop) => stop.rgb),
          lighting: spec.lighting.preset,
          shape: spec.shape,
        });
    this.scratch = new Uint8Array(width * height * 3);
    this.counts = new Float64Array(spec.pureColors.length);
    this.scratchCounts = new Float64Array(spec.pureColors.length);
    this.indexOfRgb = new Map();
    spec.pureColors.forEach((color, index) => {
      const key = (color.rgb[0] << 16) | (color.rgb[1] << 8) | color.rgb[2];
      if (!this.indexOfRgb.has(key)) this.indexOfRgb.set(key, index);
    });
  }

  /** The shots as the truth records them. */
  truthShots(): TruthShot[] {
    return this.timeline.shots.map((shot) => {
      const camera = this.cameras[shot.index]!;
      return {
        index: shot.index, startFrame: shot.startFrame, endFrame: shot.endFrame,
        motion: camera.motion, observedType: camera.observedType, direction: camera.direction, rate: camera.rate,
      };
    });
  }

  private drawShot(target: Uint8Array, shot: number, frame: number, tally: Float64Array): number {
    const start = this.timeline.shots[shot]!.startFrame;
    const camera = this.cameras[shot]!.transformAt(frame - start);
    if (this.cellField) return this.cellField.render(target, camera, frame, frame - 1 >= start ? frame - 1 : -1, this.shotSeeds[shot]!, tally);
    this.gradientField!.render(target, camera, frame, this.shotSeeds[shot]!);
    return 0;
  }

  /** Renders frame `frame` into `target` (rgb24, width × height × 3) and returns its truth. */
  renderFrame(frame: number, target: Uint8Array): TruthFrame {
    const { width, height, timeline, counts } = this;
    const pixels = width * height;
    const shot = timeline.shotOf(frame);
    const camera = this.cameras[shot]!.transformAt(frame - timeline.shots[shot]!.startFrame);
    const inTransition = timeline.transitionAt(frame);
    counts.fill(0);
    let exact = this.pure;
    let changedPixels = 0;
    if (!inTransition) {
      changedPixels = this.drawShot(target, shot, frame, counts);
    } else {
      const { transition, progress } = inTransition;
      const from = transition.fromShot;
      const to = transition.toShot;
      const scratch = this.scratch;
      if (transition.type === 'wipe') {
        // the incoming picture (or black) fills the columns left of an even boundary moving left to right
        const boundary = 2 * Math.round((progress * width) / 2);
        if (from !== null) this.drawShot(target, from, frame, counts);
        else target.fill(0);
        if (to !== null) this.drawShot(scratch, to, frame, this.scratchCounts);
        else scratch.fill(0);
        const rowBytes = width * 3;
        for (let row = 0; row < height; row += 1) target.set(scratch.subarray(row * rowBytes, row * rowBytes + boundary * 3), row * rowBytes);
        exact = this.pure && from !== null && to !== null;
        if (exact) {
          // why: both pictures' counts include columns the wipe replaced; recount the composed frame block by block.
          counts.fill(0);
          for (let y = 0; y < height; y += blockSize) {
            for (let x = 0; x < width; x += blockSize) {
              const offset = (y * width + x) * 3;
              const index = this.indexOfRgb.get((target[offset]! << 16) | (target[offset + 1]! << 8) | target[offset + 2]!)!;
              counts[index]! += blockSize * blockSize;
            }
          }
        }
      } else {
        exact = false;
        if (transition.type === 'dissolve' && from !== null && to !== null) {
          this.drawShot(target, from, frame, counts);
          this.drawShot(scratch, to, frame, this.scratchCounts);
          for (let index = 0; index < target.length; index += 1) target[index] = Math.round(target[index]! * (1 - progress) + scratch[index]! * progress);
        } else {
          // a fade, or a dissolve from or to black: through black
          const fadingOut = to === null || (from !== null && progress < 0.5);
          const level = to === null ? 1 - progress : from === null ? progress : fadingOut ? 1 - 2 * progress : 2 * progress - 1;
          this.drawShot(target, fadingOut ? from! : to!, frame, counts);
          scaleFrame(target, Math.max(0, Math.min(1, level)));
        }
      }
    }
    return {
      index: frame,
      time: frame / this.fps,
      shot,
      camera,
      transition: inTransition ? { type: inTransition.transition.type, progress: inTransition.progress } : null,
      exact,
      colors: exact ? colorsFromCounts(counts, this.spec.pureColors, pixels) : [],
      changedShare: inTransition ? 0 : changedPixels / pixels,
      gradient: this.pure ? null : this.spec.gradient,
    };
  }
}
