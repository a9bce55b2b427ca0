import type { TransitionMeasurement } from '@motionreg/primitives';

/** Thresholds of {@link ShotBoundaryDetector}; the defaults are documented in the package README. */
export interface ShotBoundaryOptions {
  /** Mean CIE Lab distance (ΔE76 per thumbnail cell) between consecutive frames from which a cut is possible. @default 20 */
  cutMinimum?: number;
  /** …and the cut's distance must exceed this multiple of the median of its six neighbours' distances. @default 3 */
  cutRatio?: number;
  /** Per-frame distance from which frames may belong to a gradual transition. @default 1.5 */
  gradualStep?: number;
  /** Distance between a gradual transition's first and last frame, at least. @default 12 */
  gradualTotal?: number;
  /** Residual of the straight blend A→B (relative to |B − A|) a gradual transition may keep, at most. @default 0.15 */
  blendResidual?: number;
  /** Mean luma (0–1) at or below which an end of a transition is black (a fade, not a dissolve). @default 0.06 */
  blackLuma?: number;
  /** Longest gradual transition considered, in frames. @default 240 */
  maxTransitionFrames?: number;
}

interface Entry {
  index: number;
  rgb: Float32Array;
  lab: Float64Array;
  luma: number;
  /** Distance to the previous frame (0 for the first). */
  distance: number;
}

function labDistance(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  const cells = a.length / 3;
  for (let cell = 0; cell < cells; cell += 1) {
    sum += Math.hypot(a[cell * 3]! - b[cell * 3]!, a[cell * 3 + 1]! - b[cell * 3 + 1]!, a[cell * 3 + 2]! - b[cell * 3 + 2]!);
  }
  return sum / cells;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Finds hard cuts and gradual transitions (fades, dissolves) in a stream of frame thumbnails.
 *
 * Cuts compare colour, not luminance only: the distance between frames is the mean CIE Lab distance
 * of their thumbnail cells, so red → blue of equal brightness is a cut. A cut is a spike: far above the
 * distances around it (camera motion raises all of them alike). A gradual transition is a run of
 * moderate changes whose frames lie close to the straight blend of its first and last frame (motion
 * does not); a fade has black at one end.
 *
 * Memory: the last `maxTransitionFrames` thumbnails.
 */
export class ShotBoundaryDetector {
  readonly cuts: number[] = [];
  readonly transitions: TransitionMeasurement[] = [];
  private readonly options: Required<ShotBoundaryOptions>;
  private readonly history: Entry[] = [];
  /** Frames whose cut decision waits for the three following distances. */
  private decided = 0;
  private runStart: number | null = null;

  constructor(options: ShotBoundaryOptions = {}) {
    this.options = {
      cutMinimum: options.cutMinimum ?? 20,
      cutRatio: options.cutRatio ?? 3,
      gradualStep: options.gradualStep ?? 1.5,
      gradualTotal: options.gradualTotal ?? 12,
      blendResidual: options.blendResidual ?? 0.15,
      blackLuma: options.blackLuma ?? 0.06,
      maxTransitionFrames: options.maxTransitionFrames ?? 240,
    };
  }

  /** Adds the next frame (`rgb`: thumbnail RGB 0–255, `lab`: its Lab cells, `luma`: mean luma 0–1). */
  push(index: number, rgb: Float32Array, lab: Float64Array, luma: number): void {
    const previous = this.history.at(-1);
    const distance = previous ? labDistance(previous.lab, lab) : 0;
    this.history.push({ index, rgb: Float32Array.from(rgb), lab: Float64Array.from(lab), luma, distance });
    this.decide(false);
    const keep = this.options.maxTransitionFrames + 8;
    if (this.history.length > keep) {
      const drop = this.history.length - keep;
      this.history.splice(0, drop);
      this.decided = Math.max(0, this.decided - drop);
    }
  }

  /** Decides the frames still pending (call once after the last frame). */
  finish(): void {
    this.decide(true);
    this.closeRun(this.history.at(-1)?.index ?? 0);
  }

  private entry(index: number): Entry | undefined {
    const first = this.history[0];
    return first ? this.history[index - first.index] : undefined;
  }

  private decide(flush: boolean): void {
    while (this.decided < this.history.length) {
      const position = this.decided;
      const current = this.history[position]!;
      if (!flush && this.history.length - position <= 3) return;
      this.decided += 1;
      if (current.index === 0 || position === 0) continue;
      const neighbours: number[] = [];
      for (let offset = -3; offset <= 3; offset += 1) {
        const neighbour = this.history[position + offset];
        if (offset !== 0 && neighbour && neighbour.index > 0) neighbours.push(neighbour.distance);
      }
      const isCut = current.distance >= this.options.cutMinimum && current.distance >= this.options.cutRatio * median(neighbours);
      if (isCut) {
        this.closeRun(current.index - 1);
        this.cuts.push(current.index);
        continue;
      }
      if (current.distance >= this.options.gradualStep) {
        if (this.runStart === null) this.runStart = current.index - 1;
        if (current.index - this.runStart > this.options.maxTransitionFrames) this.runStart = null;
      } else {
        this.closeRun(current.index - 1);
      }
    }
  }

  /** Ends the current run of changes at frame `end` and keeps it if it is a straight blend. */
  private closeRun(end: number): void {
    const start = this.runStart;
    this.runStart = null;
    if (start === null) return;
    if (this.keepBlend(start, end)) return;
    // why: a fade out followed at once by a fade in is one run of changes through black, but two blends.
    let darkest = -1;
    for (let index = start + 1; index < end; index += 1) {
      const entry = this.entry(index);
      if (entry && entry.luma <= this.options.blackLuma && (darkest < 0 || entry.luma < this.entry(darkest)!.luma)) darkest = index;
    }
    if (darkest > 0) {
      this.keepBlend(start, darkest);
      this.keepBlend(darkest, end);
    }
  }

  /** Records frames start…end as a fade or dissolve when they form a straight blend; returns whether they did. */
  private keepBlend(start: number, end: number): boolean {
    if (end - start < 2) return false;
    const first = this.entry(start);
    const last = this.entry(end);
    if (!first || !last) return false;
    if (labDistance(first.lab, last.lab) < this.options.gradualTotal) return false;
    // Fit each inner frame as (1 − α)·A + α·B in the thumbnail's RGB (encoders blend gamma-coded values).
    const span = new Float64Array(first.rgb.length);
    let spanSquared = 0;
    for (let k = 0; k < span.length; k += 1) {
      span[k] = last.rgb[k]! - first.rgb[k]!;
      spanSquared += span[k]! * span[k]!;
    }
    if (spanSquared <= 0) return false;
    let residualSum = 0;
    let previousAlpha = -Infinity;
    let monotonic = true;
    for (let index = start + 1; index < end; index += 1) {
      const inner = this.entry(index);
      if (!inner) return false;
      let dot = 0;
      for (let k = 0; k < span.length; k += 1) dot += (inner.rgb[k]! - first.rgb[k]!) * span[k]!;
      const alpha = dot / spanSquared;
      let residual = 0;
      for (let k = 0; k < span.length; k += 1) residual += (inner.rgb[k]! - first.rgb[k]! - alpha * span[k]!) ** 2;
      residualSum += Math.sqrt(residual / spanSquared);
      if (alpha < previousAlpha - 0.05) monotonic = false;
      previousAlpha = alpha;
    }
    const meanResidual = residualSum / (end - start - 1);
    if (!monotonic || meanResidual > this.options.blendResidual) return false;
    const type = first.luma <= this.options.blackLuma || last.luma <= this.options.blackLuma ? 'fade' : 'dissolve';
    this.transitions.push({ type, startFrame: start, endFrame: end });
    return true;
  }
}
