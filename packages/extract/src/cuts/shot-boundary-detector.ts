import type { TransitionMeasurement } from '@motionreg/primitives';

/** Thresholds of {@link ShotBoundaryDetector}; the defaults are documented in the package README. */
export interface ShotBoundaryOptions {
  /** Mean CIE Lab distance (ΔE76 per thumbnail cell) between consecutive frames from which a cut is possible. @default 8 */
  cutMinimum?: number;
  /**
   * Palette distance (ΔE76: each colour's coverage times its distance to the nearest colour of the other
   * frame, both ways, halved) from which a spike is a cut by colour alone. It does not move when the
   * camera does, so a red → blue cut of equal brightness counts while a pan over cells does not. @default 10
   */
  paletteMinimum?: number;
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
  /**
   * Grey change left after aligning a frame to the previous one (mean absolute, 0–1) from which a spike
   * (`cutRatio` × its neighbours' median) is a cut even when the colour change is not: a cut inside a
   * fast pan, where every frame differs a lot from the last but aligns with it. @default 0.06
   */
  residualMinimum?: number;
  /** …and it must exceed this multiple of its neighbours' median (content moving in whole blocks leaves small spikes). @default 4 */
  residualRatio?: number;
  /**
   * A jump in the camera's per-frame motion this far from its neighbours' median is a cut (a zoom, turn
   * or shift the camera cannot make in one frame): |Δ ln scale|, |Δ rotation| in radians, |Δ shift| as a
   * share of the diagonal. @default 0.025
   */
  motionJump?: number;
  /**
   * A smaller jump (same measures) is a cut when the picture confirms it: the residual rises to
   * `cutRatio` × 5/6 of its neighbours', the gain residual to twice theirs, and no frame within ±8 has a
   * residual half as large (content that snaps in whole blocks spikes every few frames; a cut stands alone).
   * why: two shots of one texture under the same camera move differ little in colour; the camera's restart
   * and a lone rise of what alignment cannot explain are what show the cut. @default 0.009
   */
  smallMotionJump?: number;
}

/**
 * Frames after a frame that its cut decision waits for: a cut by a small camera jump must stand alone
 * among this many frames on either side (see `smallMotionJump`).
 */
const lookAheadFrames = 8;
/** A fade or dissolve of at most this many frames may change abruptly on its own frames (they are no cuts). */
const shortTransitionFrames = 5;

/** A frame's dominant colours (Lab and coverage), as the detector compares them. */
export interface PaletteColor {
  lab: readonly [number, number, number] | [number, number, number];
  coverage: number;
}

/** The motion between a frame and the previous one, as the detector uses it. */
export interface FrameMotion {
  /** Mean absolute grey difference after alignment and one brightness gain (0–1). */
  residual: number;
  logScale: number;
  rotation: number;
  /** Translation as a share of the frame diagonal. */
  shift: number;
  observable: boolean;
}

interface Entry {
  index: number;
  rgb: Float32Array;
  lab: Float64Array;
  luma: number;
  /** Distance to the previous frame (0 for the first). */
  distance: number;
  /** Palette distance to the previous frame (0 for the first). */
  paletteDistance: number;
  /** Thumbnail change (0–1) left after fitting one gain to the previous thumbnail (either way round). */
  gainResidual: number;
  palette: PaletteColor[];
  motion: FrameMotion | undefined;
}

function labDistance(a: Float64Array, b: Float64Array): number {
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

/** Symmetric palette distance (ΔE76 weighted by coverage); see `paletteMinimum`. */
export function paletteDistance(a: readonly PaletteColor[], b: readonly PaletteColor[]): number {
  return (nearestSum(a, b) + nearestSum(b, a)) / 2;
}

/** Mean absolute difference (0–1) between two RGB thumbnails after the best single gain, either way round. */
function gainResidual(a: Float32Array, b: Float32Array): number {
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

/** The upper quartile: the level of a neighbourhood that periodic spikes (content moving in whole blocks) do not reach. */
function upperQuartile(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.75))]!;
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
  /** Frames whose cut decision waits for the {@link lookAheadFrames} following frames. */
  private decided = 0;
  private runStart: number | null = null;

  constructor(options: ShotBoundaryOptions = {}) {
    this.options = {
      cutMinimum: options.cutMinimum ?? 8,
      cutRatio: options.cutRatio ?? 3,
      gradualStep: options.gradualStep ?? 1.5,
      gradualTotal: options.gradualTotal ?? 12,
      blendResidual: options.blendResidual ?? 0.15,
      blackLuma: options.blackLuma ?? 0.06,
      maxTransitionFrames: options.maxTransitionFrames ?? 240,
      residualMinimum: options.residualMinimum ?? 0.06,
      residualRatio: options.residualRatio ?? 4,
      paletteMinimum: options.paletteMinimum ?? 10,
      motionJump: options.motionJump ?? 0.025,
      smallMotionJump: options.smallMotionJump ?? 0.009,
    };
  }

  /**
   * Adds the next frame (`rgb`: thumbnail RGB 0–255, `lab`: its Lab cells, `luma`: mean luma 0–1, its
   * dominant colours and, when measured, its motion from the previous frame).
   */
  push(index: number, rgb: Float32Array, lab: Float64Array, luma: number, palette: readonly PaletteColor[], motion?: FrameMotion): void {
    const previous = this.history.at(-1);
    const distance = previous ? labDistance(previous.lab, lab) : 0;
    const copy = palette.map((color) => ({ lab: [color.lab[0], color.lab[1], color.lab[2]] as [number, number, number], coverage: color.coverage }));
    const paletteChange = previous ? paletteDistance(previous.palette, copy) : 0;
    const thumbnail = Float32Array.from(rgb);
    const gainChange = previous ? gainResidual(thumbnail, previous.rgb) : 0;
    this.history.push({ index, rgb: thumbnail, lab: Float64Array.from(lab), luma, distance, paletteDistance: paletteChange, gainResidual: gainChange, palette: copy, motion });
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
    // why: a shot of one frame is all but unheard of, while a dissolve of two frames changes the picture
    // abruptly twice in a row; cuts on consecutive frames are such a dissolve (a fade when one end is black).
    for (let first = 0; first < this.cuts.length; ) {
      let last = first;
      while (last + 1 < this.cuts.length && this.cuts[last + 1] === this.cuts[last]! + 1) last += 1;
      const startFrame = this.cuts[first]! - 1;
      const endFrame = this.cuts[last]!;
      const known = this.transitions.some((transition) => transition.startFrame <= startFrame && transition.endFrame >= endFrame);
      if (last > first && !known) {
        const black = (frame: number) => (this.entry(frame)?.luma ?? 1) <= this.options.blackLuma;
        this.transitions.push({ type: black(startFrame) || black(endFrame) ? 'fade' : 'dissolve', startFrame, endFrame });
      }
      first = last + 1;
    }
    this.transitions.sort((a, b) => a.startFrame - b.startFrame);
    // why: the frames of a short fade or dissolve change abruptly too; inside one they are not cuts. A long
    // one spreads its change over many frames, so an abrupt change inside it is a cut after all, and the run
    // around it (a slow change of light under a moving camera, say) was no transition between shots.
    const short = (transition: TransitionMeasurement) => transition.endFrame - transition.startFrame <= shortTransitionFrames;
    const inside = (cut: number, transition: TransitionMeasurement) => transition.startFrame < cut && cut <= transition.endFrame;
    const kept = this.cuts.filter((cut) => !this.transitions.some((transition) => short(transition) && inside(cut, transition)));
    this.cuts.splice(0, this.cuts.length, ...kept);
    const whole = this.transitions.filter((transition) => !kept.some((cut) => inside(cut, transition)));
    this.transitions.splice(0, this.transitions.length, ...whole);
  }

  private entry(index: number): Entry | undefined {
    const first = this.history[0];
    return first ? this.history[index - first.index] : undefined;
  }

  private decide(flush: boolean): void {
    while (this.decided < this.history.length) {
      const position = this.decided;
      const current = this.history[position]!;
      if (!flush && this.history.length - position <= lookAheadFrames) return;
      this.decided += 1;
      if (current.index === 0 || position === 0) continue;
      const around: Entry[] = [];
      for (let offset = -3; offset <= 3; offset += 1) {
        const neighbour = this.history[position + offset];
        if (offset !== 0 && neighbour && neighbour.index > 0) around.push(neighbour);
      }
      // the level around a frame: the upper quartile of ±5 frames, which a spike every few frames does not set
      const wide: Entry[] = [];
      for (let offset = -5; offset <= 5; offset += 1) {
        const neighbour = this.history[position + offset];
        if (offset !== 0 && neighbour && neighbour.index > 0) wide.push(neighbour);
      }
      const neighbourDistance = Math.max(median(around.map((entry) => entry.distance)), upperQuartile(wide.map((entry) => entry.distance)));
      const ratio = this.options.cutRatio;
      // by palette: the colours present changed at once (unmoved by camera motion), and not by one
      // brightness gain (a fade step darkens every colour, which a gain explains)
      // …and alone: in a short dissolve the frames beside it change the colours about as much
      const besidePalette = Math.max(this.history[position - 1]?.paletteDistance ?? 0, this.history[position + 1]?.paletteDistance ?? 0);
      const paletteCut =
        current.paletteDistance >= this.options.paletteMinimum &&
        current.paletteDistance >= 1.5 * besidePalette &&
        current.paletteDistance >= ratio * median(around.map((entry) => entry.paletteDistance)) &&
        current.gainResidual >= 0.03 &&
        current.gainResidual >= 2 * median(around.map((entry) => entry.gainResidual));
      // by layout: the picture changed at once, and alignment with a gain cannot explain it either
      const moving = around.map((entry) => entry.motion).filter((entry): entry is FrameMotion => entry !== undefined);
      const neighbourResidual = median(moving.map((entry) => entry.residual));
      const residualRise = current.motion && moving.length >= 2 ? current.motion.residual / Math.max(neighbourResidual, 1e-6) : Number.POSITIVE_INFINITY;
      const unexplained = !current.motion || moving.length < 2 || (current.motion.residual >= 0.02 && residualRise >= ratio);
      // why: content that moves in whole blocks jumps every few frames by ~3× its usual change in both
      // measures; a cut stands out by 5× or more in at least one of them.
      const distanceRise = current.distance / Math.max(neighbourDistance, 1e-6);
      const layoutCut =
        current.distance >= this.options.cutMinimum &&
        distanceRise >= ratio &&
        unexplained &&
        (distanceRise >= 5 || (residualRise >= 5 && (current.motion?.residual ?? 1) >= this.options.residualMinimum));
      // why: where the motion cannot be read (a bright, low-contrast picture), alignment's residual stays tiny
      // and cannot say whether it explains a change; a change that stands out 3× in both measures, with no
      // frame within the look-ahead changing half as much (content moving in blocks repeats), is a cut
      const unreadableCut =
        current.motion !== undefined &&
        !current.motion.observable &&
        current.distance >= this.options.cutMinimum &&
        distanceRise >= ratio &&
        current.gainResidual >= ratio * median(around.map((entry) => entry.gainResidual)) &&
        this.standsAlone(current, (entry) => (entry.index > 0 ? entry.distance : undefined));
      // a fade step (the light changes, one gain explains the picture) is never a cut
      const previous = this.history[position - 1];
      const fadeStep =
        previous !== undefined &&
        Math.abs(Math.log(Math.max(current.luma, 1e-3) / Math.max(previous.luma, 1e-3))) >= 0.1 &&
        current.gainResidual <= 1.5 * median(around.map((entry) => entry.gainResidual)) + 0.01;
      const isCut = !fadeStep && (paletteCut || layoutCut || unreadableCut || this.motionCut(current, around, neighbourDistance));
      // why: a cut candidate does not end a run of changes: the abrupt steps of a short fade are
      // candidates too, and they are dropped at the end if the run turns out to be a straight blend.
      const dip = isCut ? this.dipAround(position) : null;
      if (dip) {
        // a short dip of the light around the change: a fade through black between shots, not a hard cut
        const last = this.transitions.at(-1);
        if (last && last.type === 'fade' && last.endFrame >= dip.startFrame) last.endFrame = Math.max(last.endFrame, dip.endFrame);
        else this.transitions.push({ type: 'fade', ...dip });
      } else if (isCut) {
        this.cuts.push(current.index);
      }
      if (isCut || current.distance >= this.options.gradualStep) {
        if (this.runStart === null) this.runStart = current.index - 1;
        if (current.index - this.runStart > this.options.maxTransitionFrames) this.runStart = null;
      } else {
        this.closeRun(current.index - 1);
      }
    }
  }

  /**
   * The frames of a short dip of the light around history position `position`, or null: the darkest frame
   * within 4 either side is ≤ 70 % of the light on both sides of the dip (the brightest of the 3 frames before
   * it and of the 3 after it), or ≤ 50 % when the dip spans six frames or more. A fade through black between
   * shots takes a few frames, and each of its abrupt steps looks like a cut on its own.
   */
  private dipAround(position: number): { startFrame: number; endFrame: number } | null {
    const luma = (offset: number) => this.history[position + offset]?.luma;
    let darkest = 0;
    for (let offset = -4; offset <= 4; offset += 1) {
      const value = luma(offset);
      if (value !== undefined && value < luma(darkest)!) darkest = offset;
    }
    // the dip: the frames on either side of the darkest while the light keeps falling towards it; the
    // change must lie inside it (a cut a few frames before a separate fade is still a cut)
    const bottom = luma(darkest)!;
    const atBottom = (offset: number) => luma(offset) !== undefined && luma(offset)! <= bottom + 0.005;
    let start = darkest;
    while (start > -8 && atBottom(start - 1)) start -= 1;
    while (start > -8 && luma(start - 1) !== undefined && luma(start - 1)! > luma(start)! + 0.005) start -= 1;
    let end = darkest;
    while (end < 8 && atBottom(end + 1)) end += 1;
    while (end < 8 && luma(end + 1) !== undefined && luma(end + 1)! > luma(end)! + 0.005) end += 1;
    if (start > -1 || end < 0) return null;
    const around = (from: number, to: number) => {
      let brightest: number | undefined;
      for (let offset = from; offset <= to; offset += 1) {
        const value = luma(offset);
        if (value !== undefined) brightest = Math.max(brightest ?? 0, value);
      }
      return brightest;
    };
    const before = around(start - 2, start);
    const after = around(end, end + 2);
    if (before === undefined || after === undefined || bottom > 0.7 * Math.min(before, after)) return null;
    // why: a fade over many frames has time to reach deep dark; a shot that slowly darkens for six frames or
    // more and is then cut to a brighter one dips only a little, and that is a cut (60 fps whip pans)
    if (end - start >= 6 && bottom > 0.5 * Math.min(before, after)) return null;
    const index = this.history[position]!.index;
    return { startFrame: Math.max(0, index + start), endFrame: index + end };
  }

  /** A cut the colours alone do not show: a spike in what alignment cannot explain, or a jump of the camera. */
  private motionCut(current: Entry, around: readonly Entry[], neighbourDistance: number): boolean {
    const motion = current.motion;
    const moving = around.map((entry) => entry.motion).filter((entry): entry is FrameMotion => entry !== undefined);
    // a cut still changes the picture visibly, about as much as its neighbours do at least (a new shot of
    // the same low-contrast texture may change it no more than the camera's motion did)
    if (!motion || moving.length < 2 || current.distance < 2) return false;
    const neighbourResidual = median(moving.map((entry) => entry.residual));
    const residualRise = motion.residual / Math.max(neighbourResidual, 1e-6);
    const visible = current.distance >= 0.9 * neighbourDistance;
    const residualSpike = motion.residual >= this.options.residualMinimum && residualRise >= this.options.residualRatio;
    if (visible && residualSpike) return true;
    const steady = moving.filter((entry) => entry.observable);
    if (!motion.observable || steady.length < 2) return false;
    // why: motion read from dark or darkening frames (a fade) is unreliable; a camera jump keeps the light.
    const previous = this.entry(current.index - 1);
    if (!previous || previous.luma < 0.08 || current.luma < 0.08 || Math.abs(Math.log(current.luma / previous.luma)) > 0.2) return false;
    // why: a jump must stand out from how much the motion changes from frame to frame around it (six
    // times the median change between neighbouring frames), so a shaking hand is not taken for cuts.
    const standingOut = (value: number, others: number[]) => {
      const changes = others.slice(1).map((other, index) => Math.abs(other - others[index]!));
      const deviation = Math.abs(value - median(others));
      return deviation >= 6 * median(changes) ? deviation : 0;
    };
    const jump = Math.max(
      standingOut(motion.logScale, steady.map((entry) => entry.logScale)),
      standingOut(motion.rotation, steady.map((entry) => entry.rotation)),
      standingOut(motion.shift, steady.map((entry) => entry.shift)),
    );
    // why: under a shaking hand the picture may change more between ordinary frames than at a cut between two
    // shots of one texture; a jump twice the threshold that alignment cannot follow either (its residual
    // rising 1.5×) is a cut anyway
    if (!visible) return jump >= 2 * this.options.motionJump && residualRise >= 1.5;
    if (jump >= this.options.motionJump) return true;
    if (jump < this.options.smallMotionJump) return false;
    const gainRise = current.gainResidual / Math.max(median(around.map((entry) => entry.gainResidual)), 1e-6);
    if (residualRise < (this.options.cutRatio * 5) / 6 || gainRise < 2) return false;
    return this.standsAlone(current, (entry) => entry.motion?.residual);
  }

  /**
   * Whether no frame within the {@link lookAheadFrames} either side of `current` measures half of its own
   * `measure` or more (frames the measure does not apply to are skipped): content moving in blocks repeats
   * its changes, a cut stands alone.
   */
  private standsAlone(current: Entry, measure: (entry: Entry) => number | undefined): boolean {
    const own = measure(current) ?? 0;
    for (let offset = -lookAheadFrames; offset <= lookAheadFrames; offset += 1) {
      const other = offset === 0 ? undefined : this.entry(current.index + offset);
      const value = other ? measure(other) : undefined;
      if (value !== undefined && value >= 0.5 * own) return false;
    }
    return true;
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
      // every inner frame must be a real mix of the two ends, about as far along as its place in the run
      // (fades and dissolves progress roughly evenly; a still frame beside a cut does not)
      const expected = (index - start) / (end - start);
      if (alpha < previousAlpha - 0.05 || Math.abs(alpha - expected) > 0.3) monotonic = false;
      previousAlpha = alpha;
    }
    const meanResidual = residualSum / (end - start - 1);
    if (!monotonic || meanResidual > this.options.blendResidual) return false;
    const type = first.luma <= this.options.blackLuma || last.luma <= this.options.blackLuma ? 'fade' : 'dissolve';
    this.transitions.push({ type, startFrame: start, endFrame: end });
    return true;
  }
}
