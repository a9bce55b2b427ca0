import { PowerSpectrum } from '../sound/spectrum.js';

/**
 * Frequency bands (Hz) whose rise at an onset measures how broadband, i.e. percussive, it is: octaves from
 * 250 Hz to 16 kHz plus everything below. why 16 kHz: lossy codecs often cut above it, so a band there
 * would be dead in many files and no onset could reach full breadth.
 */
const breadthBandEdgesHz = [40, 250, 500, 1000, 2000, 4000, 8000, 16000] as const;
/** A band counts as rising when its bins rise by this much on average (log-magnitude units). */
const bandRiseThreshold = 0.05;

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
 *
 * Alongside the flux it records, per hop, the share of frequency bands that rise ({@link breadth}): a hit,
 * a click or a drum rises across the whole spectrum at once, while a tone or a filtered noise that starts
 * rises only in its own bands. Tempo weighs onsets by it, because a pulse is carried by percussive onsets.
 * Holds one window of audio plus two values per hop (≈ 380 numbers per second), so memory stays small.
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
  private breadths: number[] = [];
  /** Band index of each spectral bin (−1 outside every band). */
  private readonly binBand: Int8Array;
  private readonly bandBins: number[];
  private readonly bandRise: Float64Array;

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
    const bins = this.windowSamples / 2 + 1;
    const bandCount = breadthBandEdgesHz.length - 1;
    this.binBand = new Int8Array(bins).fill(-1);
    this.bandBins = new Array<number>(bandCount).fill(0);
    this.bandRise = new Float64Array(bandCount);
    for (let bin = 1; bin < bins; bin += 1) {
      const hz = this.spectrum.frequency(bin);
      for (let band = 0; band < bandCount; band += 1) {
        if (hz >= breadthBandEdgesHz[band]! && hz < breadthBandEdgesHz[band + 1]!) {
          this.binBand[bin] = band;
          this.bandBins[band] = this.bandBins[band]! + 1;
        }
      }
    }
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
    const bandRise = this.bandRise.fill(0);
    for (let bin = 1; bin < bins; bin += 1) {
      const before = reference ? Math.max(reference[bin - 1]!, reference[bin]!, reference[Math.min(bins - 1, bin + 1)]!) : 0;
      const rise = Math.max(0, magnitudes[bin]! - before);
      flux += rise;
      const band = this.binBand[bin]!;
      if (band >= 0) bandRise[band] = bandRise[band]! + rise;
    }
    let rising = 0;
    let bandsPresent = 0;
    for (let band = 0; band < bandRise.length; band += 1) {
      const count = this.bandBins[band]!;
      if (count === 0) continue;
      bandsPresent += 1;
      if (bandRise[band]! / count > bandRiseThreshold) rising += 1;
    }
    this.values.push(flux);
    this.breadths.push(bandsPresent > 0 ? rising / bandsPresent : 0);
    this.recent.push(magnitudes);
  }

  /** The envelope so far: value i belongs to time `i * hopSeconds`. */
  envelope(): readonly number[] {
    return this.values;
  }

  /** Per hop, the share of frequency bands (0–1) that rise; aligned with {@link envelope}. */
  breadth(): readonly number[] {
    return this.breadths;
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
  /**
   * How percussive it is: the share of frequency bands (0–1) that rise with it (the most over the hop
   * before, its own and the one after). Absent when unknown, which counts as fully percussive.
   */
  percussive?: number;
}

/**
 * Picks onsets (peaks) from a spectral-flux envelope; with the envelope's per-hop `breadth`, each onset
 * also carries how percussive it is.
 */
export function pickOnsets(envelope: readonly number[], hopSeconds: number, options: PickOnsetsOptions = {}, breadth?: readonly number[]): Onset[] {
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
    if (breadth) {
      const percussive = Math.max(breadth[index - 1] ?? 0, breadth[index] ?? 0, breadth[index + 1] ?? 0);
      onsets.push({ time: index * hopSeconds, strength: value, percussive });
    } else onsets.push({ time: index * hopSeconds, strength: value });
  }
  return onsets;
}
