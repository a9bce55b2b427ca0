import type { TransitionMeasurement } from '@motionreg/primitives';
import { isCameraJumpCut, isAlignedResidualCut } from './camera-jump-cut.js';
import { cutNeighbourhood } from './cut-frame.js';
import type { CutFrame, FrameMotion, PaletteColor } from './cut-frame.js';
import { cutThresholds } from './cut-thresholds.js';
import type { CutThresholds } from './cut-thresholds.js';
import { isFadeStep } from './fade-step.js';
import { gainResidual, labDistance, paletteDistance, whiteMixResidual } from './frame-change.js';
import { isLayoutCut } from './layout-cut.js';
import { lightDip } from './light-dip.js';
import { LightRamp } from './light-ramp.js';
import { isPaletteCut } from './palette-cut.js';
import { straightBlend } from './straight-blend.js';
import { isUnreadableMotionCut } from './unreadable-motion-cut.js';

export type { FrameMotion, PaletteColor } from './cut-frame.js';
export { paletteDistance } from './frame-change.js';

/** Thresholds of {@link ShotBoundaryDetector}: any entry of `cutThresholdTable` (its value, reason and evidence are there). */
export type ShotBoundaryOptions = Partial<CutThresholds>;

/**
 * Finds hard cuts and gradual transitions (fades, dissolves) in a stream of frame thumbnails.
 *
 * A frame is a cut when one of the named rules says so and it is no fade step (`fade-step.ts`): its colours
 * changed at once (`palette-cut.ts`), its picture changed `cutRatio`× its running level and alignment cannot
 * explain it (`layout-cut.ts`), what alignment leaves spikes inside a fast pan or the camera jumps
 * (`camera-jump-cut.ts`), or, where motion cannot be read, it stands out alone (`unreadable-motion-cut.ts`).
 * A cut inside a short dip of the light is a fade (`light-dip.ts`); runs of change whose frames lie on the
 * straight blend of their ends are fades or dissolves (`straight-blend.ts`). Every number is in
 * `cut-thresholds.ts`.
 *
 * Memory: the last `maxTransitionFrames` thumbnails.
 */
export class ShotBoundaryDetector {
  readonly cuts: number[] = [];
  readonly transitions: TransitionMeasurement[] = [];
  private readonly thresholds: CutThresholds;
  private readonly history: CutFrame[] = [];
  /** Frames whose cut decision waits for the `lookAheadFrames` following frames. */
  private decided = 0;
  private runStart: number | null = null;
  private readonly ramp: LightRamp;
  private readonly ramps: TransitionMeasurement[] = [];

  constructor(options: ShotBoundaryOptions = {}) {
    this.thresholds = cutThresholds(options);
    this.ramp = new LightRamp(this.thresholds);
  }

  /**
   * Adds the next frame (`rgb`: thumbnail RGB 0–255, `lab`: its Lab cells, `luma`: mean luma 0–1, its
   * dominant colours and, when measured, its motion from the previous frame).
   */
  push(index: number, rgb: Float32Array, lab: Float64Array, luma: number, palette: readonly PaletteColor[], motion?: FrameMotion): void {
    const previous = this.history.at(-1);
    const copy = palette.map((color) => ({ lab: [color.lab[0], color.lab[1], color.lab[2]] as [number, number, number], coverage: color.coverage }));
    const thumbnail = Float32Array.from(rgb);
    const change = previous ? gainResidual(thumbnail, previous.rgb) : 0;
    const ramp = this.ramp.push(index, luma, change);
    if (ramp) this.ramps.push({ type: 'fade', ...ramp });
    this.history.push({
      index,
      rgb: thumbnail,
      lab: Float64Array.from(lab),
      luma,
      distance: previous ? labDistance(previous.lab, lab) : 0,
      paletteDistance: previous ? paletteDistance(previous.palette, copy) : 0,
      gainResidual: change,
      whiteResidual: previous ? whiteMixResidual(thumbnail, previous.rgb) : 0,
      palette: copy,
      motion,
    });
    this.decide(false);
    const keep = this.thresholds.maxTransitionFrames + this.thresholds.lookAheadFrames;
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
    // why: a shot of one frame is all but unheard of, while a dissolve of two frames changes the picture
    // abruptly twice in a row; cuts on consecutive frames are such a dissolve (a fade when one end is black).
    for (let first = 0; first < this.cuts.length; ) {
      let last = first;
      while (last + 1 < this.cuts.length && this.cuts[last + 1] === this.cuts[last]! + 1) last += 1;
      const startFrame = this.cuts[first]! - 1;
      const endFrame = this.cuts[last]!;
      const known = this.transitions.some((transition) => transition.startFrame <= startFrame && transition.endFrame >= endFrame);
      if (last > first && !known) {
        const black = (frame: number) => (this.frame(frame)?.luma ?? 1) <= this.thresholds.blackLuma;
        this.transitions.push({ type: black(startFrame) || black(endFrame) ? 'fade' : 'dissolve', startFrame, endFrame });
      }
      first = last + 1;
    }
    this.transitions.sort((a, b) => a.startFrame - b.startFrame);
    // why: the frames of a short fade or dissolve change abruptly too; inside one they are not cuts. A long
    // one spreads its change over many frames, so an abrupt change inside it is a cut after all, and the run
    // around it (a slow change of light under a moving camera, say) was no transition between shots.
    const short = (transition: TransitionMeasurement) => transition.endFrame - transition.startFrame <= this.thresholds.shortTransitionFrames;
    const inside = (cut: number, transition: TransitionMeasurement) => transition.startFrame < cut && cut <= transition.endFrame;
    const kept = this.cuts.filter((cut) => !this.transitions.some((transition) => short(transition) && inside(cut, transition)));
    this.cuts.splice(0, this.cuts.length, ...kept);
    const whole = this.transitions.filter((transition) => !kept.some((cut) => inside(cut, transition)));
    // fades found by the light alone (under a moving camera), where no other transition covers them
    const last = this.ramp.finish();
    const overlaps = (a: TransitionMeasurement, b: TransitionMeasurement) => a.startFrame < b.endFrame && b.startFrame < a.endFrame;
    for (const ramp of last ? [...this.ramps, { type: 'fade' as const, ...last }] : this.ramps) {
      if (!whole.some((transition) => overlaps(transition, ramp))) whole.push(ramp);
    }
    whole.sort((a, b) => a.startFrame - b.startFrame);
    this.transitions.splice(0, this.transitions.length, ...whole);
  }

  private frame(index: number): CutFrame | undefined {
    const first = this.history[0];
    return first ? this.history[index - first.index] : undefined;
  }

  private isCut(position: number): boolean {
    const neighbourhood = cutNeighbourhood(this.history, position);
    const t = this.thresholds;
    if (isFadeStep(neighbourhood, t)) return false;
    return isPaletteCut(neighbourhood, t) || isLayoutCut(neighbourhood, t) || isUnreadableMotionCut(neighbourhood, t) || isAlignedResidualCut(neighbourhood, t) || isCameraJumpCut(neighbourhood, t);
  }

  private decide(flush: boolean): void {
    while (this.decided < this.history.length) {
      const position = this.decided;
      const current = this.history[position]!;
      if (!flush && this.history.length - position <= this.thresholds.lookAheadFrames) return;
      this.decided += 1;
      if (current.index === 0 || position === 0) continue;
      const isCut = this.isCut(position);
      // why: a cut candidate does not end a run of changes: the abrupt steps of a short fade are
      // candidates too, and they are dropped at the end if the run turns out to be a straight blend.
      const dip = isCut ? lightDip((offset) => this.history[position + offset]?.luma, this.thresholds) : null;
      if (dip) {
        const startFrame = Math.max(0, current.index + dip.start);
        const endFrame = current.index + dip.end;
        const last = this.transitions.at(-1);
        if (last && last.type === 'fade' && last.endFrame >= startFrame) last.endFrame = Math.max(last.endFrame, endFrame);
        else this.transitions.push({ type: 'fade', startFrame, endFrame });
      } else if (isCut) {
        this.cuts.push(current.index);
      }
      if (isCut || current.distance >= this.thresholds.gradualStep) {
        if (this.runStart === null) this.runStart = current.index - 1;
        if (current.index - this.runStart > this.thresholds.maxTransitionFrames) this.runStart = null;
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
    // why: a fade out followed at once by a fade in is one run of changes through black (or white), but two blends.
    let extreme = -1;
    const distance = (frame: CutFrame) => Math.min(frame.luma, 1 - frame.luma);
    for (let index = start + 1; index < end; index += 1) {
      const frame = this.frame(index);
      if (frame && distance(frame) <= this.thresholds.blackLuma && (extreme < 0 || distance(frame) < distance(this.frame(extreme)!))) extreme = index;
    }
    if (extreme > 0) {
      this.keepBlend(start, extreme);
      this.keepBlend(extreme, end);
    }
  }

  /** Records frames start…end as a fade or dissolve when they form a straight blend; returns whether they did. */
  private keepBlend(start: number, end: number): boolean {
    if (end - start < 2) return false;
    const first = this.frame(start);
    const last = this.frame(end);
    const inner: CutFrame[] = [];
    for (let index = start + 1; index < end; index += 1) {
      const frame = this.frame(index);
      if (!frame) return false;
      inner.push(frame);
    }
    const type = first && last ? straightBlend(first, last, inner, this.thresholds) : null;
    if (type) this.transitions.push({ type, startFrame: start, endFrame: end });
    return type !== null;
  }
}
