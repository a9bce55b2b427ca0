import type { FrameSound, SoundMix, SoundPrimitive } from '@motionreg/primitives';
import { soundPrimitives } from '@motionreg/primitives';
import { PowerSpectrum } from './spectrum.js';

/** Options for {@link FrameSoundAnalyzer}; the defaults are the documented tolerances (package README). */
export interface FrameSoundOptions {
  /**
   * At or below this RMS level (dBFS) a slice is all silence. why: with `audibleDb` this ramps the silence
   * share over 4 dB centred on −60 dBFS, so silence dominates exactly below −60 dBFS (the level under which
   * the renderer's truth, and most loudness practice, calls a frame silent).
   * @default -62
   */
  silenceDb?: number;
  /** At or above this RMS level (dBFS) a slice has no silence share. @default -58 */
  audibleDb?: number;
  /** Energy below this frequency counts as rumble, tonal or not. @default 200 */
  lowBandHz?: number;
  /**
   * A spectral peak counts as tonal when its power exceeds the mean power of its neighbourhood by
   * this factor (10 dB). White-noise bins pass with probability e^-10 ≈ 5·10⁻⁵.
   * @default 10
   */
  peakProminence?: number;
}

/** Level (dBFS) reported for digital silence. */
export const silenceFloorDb = -120;

/**
 * Measures the sound of one frame's own slice of audio: RMS level, spectral centroid, flatness,
 * low-band share, tonal peaks, and from them the mix of the four sound primitives.
 *
 * - silence: the share implied by the level, 1 at or below `silenceDb`, 0 at or above `audibleDb`
 *   (a ramp over −62…−58 dBFS, so silence dominates exactly below −60 dBFS);
 * - rumble: energy below `lowBandHz` (a 16–40 ms slice cannot tell a low tone from low noise);
 * - tone: energy in prominent spectral peaks (and their Hann main lobes) above `lowBandHz`;
 * - hiss: the remaining, noise-like energy above `lowBandHz`.
 */
export class FrameSoundAnalyzer {
  private readonly spectrum: PowerSpectrum;
  private readonly silenceDb: number;
  private readonly audibleDb: number;
  private readonly lowBin: number;
  private readonly prominence: number;
  private readonly tonal: Uint8Array;

  constructor(maxSliceSamples: number, sampleRate: number, options: FrameSoundOptions = {}) {
    this.spectrum = new PowerSpectrum(maxSliceSamples, sampleRate);
    this.silenceDb = options.silenceDb ?? -62;
    this.audibleDb = options.audibleDb ?? -58;
    this.lowBin = (options.lowBandHz ?? 200) / (sampleRate / this.spectrum.size);
    this.prominence = options.peakProminence ?? 10;
    this.tonal = new Uint8Array(this.spectrum.size / 2 + 1);
  }

  /** Measures one slice (any length up to the constructor's maximum; longer slices are cut). */
  analyze(slice: ArrayLike<number>): FrameSound {
    let sumSquares = 0;
    for (let index = 0; index < slice.length; index += 1) sumSquares += slice[index]! * slice[index]!;
    const rms = Math.sqrt(sumSquares / Math.max(1, slice.length));
    const rmsDb = rms > 1e-6 ? Math.max(silenceFloorDb, 20 * Math.log10(rms)) : silenceFloorDb;
    const power = this.spectrum.compute(slice);
    const bins = power.length;
    const tonal = this.tonal;
    tonal.fill(0);

    // Shape measures (centroid, flatness, peak) from the Hann spectrum, where leakage is low.
    let total = 0;
    let weighted = 0;
    let logSum = 0;
    let peakBin = 0;
    for (let bin = 1; bin < bins; bin += 1) {
      const value = power[bin]!;
      total += value;
      weighted += value * bin;
      logSum += Math.log(value + 1e-30);
      if (value > power[peakBin]!) peakBin = bin;
    }
    // Tonal peaks: local maxima standing `prominence` above both flanks (3–12 bins away).
    for (let bin = 2; bin < bins - 2; bin += 1) {
      const value = power[bin]!;
      if (value <= power[bin - 1]! || value < power[bin + 1]!) continue;
      const flank = (from: number, to: number) => {
        let sum = 0;
        let count = 0;
        for (let k = Math.max(1, from); k <= Math.min(bins - 1, to); k += 1) {
          sum += power[k]!;
          count += 1;
        }
        return count > 0 ? sum / count : 0;
      };
      const left = bin - 3 >= 1 ? flank(bin - 12, bin - 3) : Number.POSITIVE_INFINITY;
      const right = bin + 3 <= bins - 1 ? flank(bin + 3, bin + 12) : Number.POSITIVE_INFINITY;
      const reference = Math.min(left, right);
      if (Number.isFinite(reference) && value > this.prominence * reference) {
        for (let k = Math.max(1, bin - 3); k <= Math.min(bins - 1, bin + 3); k += 1) tonal[k] = 1;
      }
    }
    let peakLobe = 0;
    for (let bin = Math.max(1, peakBin - 2); bin <= Math.min(bins - 1, peakBin + 2); bin += 1) peakLobe += power[bin]!;
    const peakStrength = total > 0 ? peakLobe / total : 0;
    const centroidHz = total > 0 ? this.spectrum.frequency(weighted / total) : 0;
    const flatness = total > 0 ? Math.min(1, Math.exp(logSum / (bins - 1)) / (total / (bins - 1))) : 1;
    const peakHz = total > 0 ? this.spectrum.frequency(peakBin) : 0;

    // why: energy shares come from the rectangular spectrum, which weighs every sample of the slice
    // alike; a Hann window would under-count a sound that fades out (or in) within the slice.
    const energy = this.spectrum.compute(slice, 'rectangular');
    total = 0;
    let low = 0;
    let tonalHigh = 0;
    for (let bin = 1; bin < bins; bin += 1) {
      const value = energy[bin]!;
      total += value;
      if (bin < this.lowBin) low += value;
      else if (tonal[bin]) tonalHigh += value;
    }
    const spectralTotal = total > 0 ? total : 1;
    const lowBandShare = total > 0 ? low / spectralTotal : 0;
    const silence = Math.min(1, Math.max(0, (this.audibleDb - rmsDb) / (this.audibleDb - this.silenceDb)));
    const audible = 1 - silence;
    const toneShare = total > 0 ? tonalHigh / spectralTotal : 0;
    const rumbleShare = lowBandShare;
    const hissShare = total > 0 ? Math.max(0, 1 - toneShare - rumbleShare) : 0;
    const mix: SoundMix = {
      silence,
      rumble: audible * rumbleShare,
      tone: audible * toneShare,
      hiss: audible * hissShare,
    };
    // why: a slice with audible level but no spectral energy cannot happen; guard float dust so shares sum to 1.
    const sum = mix.silence + mix.rumble + mix.tone + mix.hiss;
    if (sum <= 0) mix.silence = 1;
    else for (const primitive of soundPrimitives) mix[primitive] /= sum;
    let dominant: SoundPrimitive = 'silence';
    for (const primitive of soundPrimitives) if (mix[primitive] > mix[dominant]) dominant = primitive;
    return {
      dominant,
      mix,
      rmsDb,
      // strength: the level on a 0–100 scale from −60 dBFS (0) to 0 dBFS (100)
      strengthPct: Math.min(100, Math.max(0, ((rmsDb + 60) / 60) * 100)),
      centroidHz,
      flatness,
      lowBandShare,
      peakHz,
      peakStrength,
    };
  }
}
