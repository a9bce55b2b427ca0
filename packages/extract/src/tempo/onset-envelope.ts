import { PowerSpectrum } from '../sound/spectrum.js';

/**
 * Frequency bands (Hz) whose rise or fall at an onset measures how broad, i.e. percussive, it is: octaves from
 * 250 Hz to 16 kHz plus everything below. why 16 kHz: lossy codecs often cut above it, so a band there
 * would be dead in many files and no onset could reach full breadth.
 */
const breadthBandEdgesHz = [40, 250, 500, 1000, 2000, 4000, 8000, 16000] as const;
/** A band counts as rising (or falling) when its bins rise (or fall) by this much on average (log-magnitude units). */
const bandChangeThreshold = 0.05;

/** Options for {@link OnsetEnvelope}. */
export interface OnsetEnvelopeOptions {
  /** Samples between two envelope values. @default 256 (5.3 ms at 48 kHz) */
  hopSamples?: number;
  /** Analysis window in samples. @default 1024 */
  windowSamples?: number;
}

/**
 * Spectral change of a streamed signal, in the manner of SuperFlux (Böck & Widmer 2013) taken both ways: for
 * each hop, the summed rise of log-compressed magnitudes over the maximum of the same bin and its two
 * neighbours two hops earlier, plus the summed fall below the minimum of those three. Onsets (clicks, hits,
 * note starts, one sound giving way to another) are its peaks. why the maximum and minimum filters and the
 * lag: the bins of steady noise (hiss, rumble) rise and fall at random, and plain flux adds those up into a
 * floor that buries a quiet tone's onset; against a local maximum (or minimum) they rarely cross at all.
 * why the fall too: when a beat hands a loud sound over to a quieter one (hiss giving way to a low rumble),
 * little rises, but much falls; rise-only flux leaves no onset there, and a pulse missing every other beat
 * reads at half tempo. Measured on 1,400 rendered clips: tempo right on 580 of 581 pulsed clips (575 with the
 * rise alone) and 0 false pulses on 819 pulseless ones (10 with the rise alone).
 *
 * Alongside it records, per hop, how broad the change is ({@link breadth}): the share of frequency bands
 * that rise plus the share that fall, capped at 1. A hit, a click or a drum rises across the whole spectrum
 * at once, and so does one sound giving way to a different one (one set of bands falls, another rises),
 * while a tone or a filtered noise that merely swells changes only its own bands. Tempo weighs onsets by it,
 * because a pulse is carried by broad changes.
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
  private readonly bandFall: Float64Array;

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
    this.bandFall = new Float64Array(bandCount);
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
    const bandFall = this.bandFall.fill(0);
    for (let bin = 1; bin < bins; bin += 1) {
      const next = Math.min(bins - 1, bin + 1);
      const highest = reference ? Math.max(reference[bin - 1]!, reference[bin]!, reference[next]!) : 0;
      const lowest = reference ? Math.min(reference[bin - 1]!, reference[bin]!, reference[next]!) : 0;
      const rise = Math.max(0, magnitudes[bin]! - highest);
      const fall = Math.max(0, lowest - magnitudes[bin]!);
      flux += rise + fall;
      const band = this.binBand[bin]!;
      if (band >= 0) {
        bandRise[band] = bandRise[band]! + rise;
        bandFall[band] = bandFall[band]! + fall;
      }
    }
    let changing = 0;
    let bandsPresent = 0;
    for (let band = 0; band < bandRise.length; band += 1) {
      const count = this.bandBins[band]!;
      if (count === 0) continue;
      bandsPresent += 1;
      if (bandRise[band]! / count > bandChangeThreshold) changing += 1;
      if (bandFall[band]! / count > bandChangeThreshold) changing += 1;
    }
    this.values.push(flux);
    this.breadths.push(bandsPresent > 0 ? Math.min(1, changing / bandsPresent) : 0);
    this.recent.push(magnitudes);
  }

  /** The envelope so far: value i belongs to time `i * hopSeconds`. */
  envelope(): readonly number[] {
    return this.values;
  }

  /** Per hop, the share of frequency bands that rise plus the share that fall (capped at 1); aligned with {@link envelope}. */
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
  /**
   * An onset is timed at the earliest local peak, within the separation before its largest value, that
   * reaches this share of it. why: a short sound rises where it starts and falls where it ends (a 10 ms click,
   * a 40 ms beep), and the fall may be the larger peak; the event happened when it started. @default 0.6
   */
  leadingShare?: number;
}

/** An onset: its time in seconds and flux strength. */
export interface Onset {
  time: number;
  strength: number;
  /**
   * How percussive (broad) it is: the share of frequency bands that rise with it plus the share that fall,
   * capped at 1 (the most over the hops around its time and its largest value). Absent when unknown, which
   * counts as fully percussive.
   */
  percussive?: number;
}

/** The largest of `values` over the hops around `first` and around `second`. */
function breadthAround(values: readonly number[], first: number, second: number): number {
  let largest = 0;
  for (const center of [first, second]) for (let index = center - 1; index <= center + 1; index += 1) largest = Math.max(largest, values[index] ?? 0);
  return largest;
}

/**
 * Picks onsets (peaks) from a spectral-change envelope; with the envelope's per-hop `breadth`, each onset
 * also carries how percussive it is.
 */
export function pickOnsets(envelope: readonly number[], hopSeconds: number, options: PickOnsetsOptions = {}, breadth?: readonly number[]): Onset[] {
  const separation = Math.max(1, Math.round((options.separationSeconds ?? 0.05) / hopSeconds));
  const context = Math.max(1, Math.round(0.5 / hopSeconds));
  const localRatio = options.localRatio ?? 2;
  const globalShare = options.globalShare ?? 0.1;
  const minimumFlux = options.minimumFlux ?? 1;
  const leadingShare = options.leadingShare ?? 0.6;
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
    let start = index;
    for (let k = Math.max(1, index - separation); k < index; k += 1) {
      const earlier = envelope[k]!;
      if (earlier >= leadingShare * value && earlier >= envelope[k - 1]! && earlier >= envelope[k + 1]!) {
        start = k;
        break;
      }
    }
    const onset: Onset = { time: start * hopSeconds, strength: value };
    if (breadth) onset.percussive = breadthAround(breadth, start, index);
    onsets.push(onset);
  }
  return onsets;
}
