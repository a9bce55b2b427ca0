import type { CutThresholds } from './cut-thresholds.js';

/**
 * Fades found by the light alone: a run of frames whose mean luma moves one way every frame (by at least
 * `rampStep`), each step a change one brightness gain explains (`rampGainResidual`), from black
 * (≤ `blackLuma`) to at least `rampRatio` × as bright, or back. Unlike a straight blend this holds while the
 * camera moves during the fade (a film fading in over a moving shot). Feed frames in order; each call
 * returns the fade that the frame ended, if any.
 */
export class LightRamp {
  private start: { index: number; luma: number } | null = null;
  private last: { index: number; luma: number } | null = null;
  private direction = 0;

  constructor(private readonly thresholds: Pick<CutThresholds, 'blackLuma' | 'rampStep' | 'rampRatio' | 'rampGainResidual'>) {}

  push(index: number, luma: number, gainResidual: number): { startFrame: number; endFrame: number } | null {
    const last = this.last;
    this.last = { index, luma };
    if (!last) return null;
    const step = luma - last.luma;
    const direction = Math.abs(step) >= this.thresholds.rampStep && gainResidual <= this.thresholds.rampGainResidual ? Math.sign(step) : 0;
    if (direction !== 0 && direction === this.direction) return null;
    const ended = this.close(last);
    this.direction = direction;
    this.start = direction === 0 ? null : last;
    return ended;
  }

  /** The fade still open at the end of the clip, if any. */
  finish(): { startFrame: number; endFrame: number } | null {
    return this.last ? this.close(this.last) : null;
  }

  private close(end: { index: number; luma: number }): { startFrame: number; endFrame: number } | null {
    const start = this.start;
    this.start = null;
    if (!start || end.index - start.index < 3) return null;
    const dark = Math.min(start.luma, end.luma);
    const bright = Math.max(start.luma, end.luma);
    if (dark > this.thresholds.blackLuma || bright < this.thresholds.rampRatio * Math.max(dark, this.thresholds.blackLuma / 2)) return null;
    return { startFrame: start.index, endFrame: end.index };
  }
}
