import FFT from 'fft.js';

/**
 * A reusable Hann-windowed power spectrum of a real signal (fft.js, radix-4). The slice is zero-padded
 * to the next power of two; `power[k]` is the power at `k * sampleRate / size` Hz for k = 0 … size/2.
 */
export class PowerSpectrum {
  readonly size: number;
  readonly sampleRate: number;
  readonly power: Float64Array;
  private readonly fft: FFT;
  private readonly input: Float64Array;
  private readonly output: Float64Array;
  private readonly windowCache = new Map<number, Float64Array>();

  constructor(maxSliceSamples: number, sampleRate: number) {
    this.size = Math.max(64, 2 ** Math.ceil(Math.log2(Math.max(1, maxSliceSamples))));
    this.sampleRate = sampleRate;
    this.fft = new FFT(this.size);
    this.input = new Float64Array(this.size);
    this.output = new Float64Array(this.size * 2);
    this.power = new Float64Array(this.size / 2 + 1);
  }

  /** Frequency in Hz of bin k. */
  frequency(bin: number): number {
    return (bin * this.sampleRate) / this.size;
  }

  private hann(length: number): Float64Array {
    let window = this.windowCache.get(length);
    if (!window) {
      window = new Float64Array(length);
      for (let index = 0; index < length; index += 1) window[index] = 0.5 - 0.5 * Math.cos((2 * Math.PI * index) / Math.max(1, length - 1));
      // why: normalise the window's power so levels do not depend on the slice length.
      let sumSquares = 0;
      for (const value of window) sumSquares += value * value;
      const scale = 1 / Math.sqrt(sumSquares / Math.max(1, length));
      for (let index = 0; index < length; index += 1) window[index] = window[index]! * scale;
      if (this.windowCache.size > 8) this.windowCache.clear();
      this.windowCache.set(length, window);
    }
    return window;
  }

  /**
   * Computes the power spectrum of `slice` (at most `size` samples) into {@link power}. The Hann window
   * keeps leakage low (clean peaks); the rectangular one weighs every sample alike (true energy shares
   * when a sound fades within the slice).
   * @default window 'hann'
   */
  compute(slice: ArrayLike<number>, window: 'hann' | 'rectangular' = 'hann'): Float64Array {
    const length = Math.min(slice.length, this.size);
    const weights = window === 'hann' ? this.hann(length) : null;
    const input = this.input;
    if (weights) for (let index = 0; index < length; index += 1) input[index] = slice[index]! * weights[index]!;
    else for (let index = 0; index < length; index += 1) input[index] = slice[index]!;
    input.fill(0, length);
    this.fft.realTransform(this.output, input);
    const output = this.output;
    const scale = 1 / (Math.max(1, length) * this.size);
    for (let bin = 0; bin <= this.size / 2; bin += 1) {
      const re = output[2 * bin]!;
      const im = output[2 * bin + 1]!;
      this.power[bin] = (re * re + im * im) * scale;
    }
    return this.power;
  }
}
