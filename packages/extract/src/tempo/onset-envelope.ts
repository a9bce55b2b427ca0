import { PowerSpectrum } from '../sound/spectrum.js';

/** Options for {@link OnsetEnvelope}. */
export interface OnsetEnvelopeOptions {
  /** Samples between two envelope values. @default 256 (5.3 ms at 48 kHz) */
  hopSamples?: number;
  /** Analysis window in samples. @default 1024 */
  windowSamples?: number;
}

/**
 * Spectral flux of a streamed signal, in the manner of SuperFlux (Böck & Widmer 2013): for each hop, the
 * summed rise of log-compressed magnitudes over the maximum of the same bin and its two neighbours two
 * hops earlier. Onsets (clicks, hits, note starts) are its peaks. why the maximum filter and the lag: the
 * bins of steady noise (hiss, rumble) rise and fall at random, and plain flux adds up those rises into a
 * floor that buries a quiet tone's onset; against a local maximum they rarely rise at all.
 * Holds one window of audio plus one value per hop (≈ 190 numbers per second), so memory stays small.
 */
export class OnsetEnvelope {
  readonly hopSeconds: number;
  private readonly hop: number;
  private readonly windowSamples: number;
  private readonly spectrum: PowerSpectrum;
  private readonly ring: Float64Array;
  private readonly frame: Float64Array;
  /** Log magnitudes of the last `lag + 1` hops, oldest first. */
  private readonly recent: Float64Array[] = [];
  private readonly lag = 2;
  private written = 0;
  private nextHopEnd: number;
  private values: number[] = [];

  constructor(sampleRate: number, options: OnsetEnvelopeOptions = {}) {
    this.hop = options.hopSamples ?? 256;
    this.windowSamples = options.windowSamples ?? 1024;
    this.hopSeconds = this.hop / sampleRate;
    this.spectrum = new PowerSpectrum(this.windowSamples, sampleRate);
    this.ring = new Float64Array(this.windowSamples);
    this.frame = new Float64Array(this.windowSamples);
    // why: the first window is centred on t = 0 by counting the missing half as silence.
    this.written = this.windowSamples / 2;
    this.nextHopEnd = this.windowSamples;
  }

  /** Feeds samples in order. */
  push(samples: ArrayLike<number>): void {
    const size = this.windowSamples;
    for (let index = 0; index < samples.length; index += 1) {
      this.ring[this.written % size] = samples[index]!;
      this.written += 1;
      if (this.written === this.nextHopEnd) {
        this.analyze();
        this.nextHopEnd += this.hop;
      }
    }
  }

  private analyze(): void {
    const size = this.windowSamples;
    const start = this.written - size;
    for (let index = 0; index < size; index += 1) this.frame[index] = this.ring[(start + index) % size]!;
    const power = this.spectrum.compute(this.frame);
    const bins = power.length;
    const magnitudes = this.recent.length > this.lag ? this.recent.shift()! : new Float64Array(bins);
    // why: log compression (log(1 + 1000·|X|)) makes the flux follow relative, not absolute, change.
    for (let bin = 0; bin < bins; bin += 1) magnitudes[bin] = Math.log1p(1000 * Math.sqrt(power[bin]!));
    // the reference: `lag` hops back (or the oldest kept, or silence at the start)
    const reference = this.recent.length >= this.lag ? this.recent[this.recent.length - this.lag] : this.recent[0];
    let flux = 0;
    for (let bin = 1; bin < bins; bin += 1) {
      const before = reference ? Math.max(reference[bin - 1]!, reference[bin]!, reference[Math.min(bins - 1, bin + 1)]!) : 0;
      flux += Math.max(0, magnitudes[bin]! - before);
    }
    this.values.push(flux);
    this.recent.push(magnitudes);
  }

  /** The envelope so far: value i belongs to time `i * hopSeconds`. */
  envelope(): readonly number[] {
    return this.values;
  }
}

/** Options for {@link pickOnsets}. */
export interface PickOnsetsOptions {
  /** An onset must be the largest value within this many seconds either side. @default 0.05 */
  separationSeconds?: number;
  /** …and exceed this multiple of the mean over the surrounding second. @default 2 */
  localRatio?: number;
  /** …and reach this share of the clip's strongest onset. @default 0.1 */
  globalShare?: number;
  /** …and reach this absolute flux (log-magnitude units), so float dust in a steady tone is no onset. @default 1 */
  minimumFlux?: number;
}

/** An onset: its time in seconds and flux strength. */
export interface Onset {
  time: number;
  strength: number;
}

/** Picks onsets (peaks) from a spectral-flux envelope. */
export function pickOnsets(envelope: readonly number[], hopSeconds: number, options: PickOnsetsOptions = {}): Onset[] {
  const separation = Math.max(1, Math.round((options.separationSeconds ?? 0.05) / hopSeconds));
  const context = Math.max(1, Math.round(0.5 / hopSeconds));
  const localRatio = options.localRatio ?? 2;
  const globalShare = options.globalShare ?? 0.1;
  const minimumFlux = options.minimumFlux ?? 1;
  let strongest = 0;
  for (const value of envelope) strongest = Math.max(strongest, value);
  // Prefix sums give the mean of any span in O(1).
  const prefix = new Float64Array(envelope.length + 1);
  envelope.forEach((value, index) => {
    prefix[index + 1] = prefix[index]! + value;
  });
  const onsets: Onset[] = [];
  for (let index = 0; index < envelope.length; index += 1) {
    const value = envelope[index]!;
    if (value < minimumFlux || value < globalShare * strongest) continue;
    let isPeak = true;
    for (let k = Math.max(0, index - separation); k <= Math.min(envelope.length - 1, index + separation) && isPeak; k += 1) {
      if (envelope[k]! > value || (envelope[k] === value && k < index)) isPeak = false;
    }
    if (!isPeak) continue;
    const from = Math.max(0, index - context);
    const to = Math.min(envelope.length, index + context + 1);
    const mean = (prefix[to]! - prefix[from]!) / (to - from);
    if (value < localRatio * mean) continue;
    onsets.push({ time: index * hopSeconds, strength: value });
  }
  return onsets;
}
