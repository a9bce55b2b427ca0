import FFT from 'fft.js';

/** The one-sided power spectrum of a Hann-windowed slice, zero-padded to a power of two (fft.js). */
export interface Spectrum {
  /** Power per bin, bins 0 … size/2. */
  power: Float64Array;
  /** Hz per bin. */
  binHz: number;
}

export function powerSpectrum(slice: ArrayLike<number>, sampleRate: number): Spectrum {
  const size = 2 ** Math.ceil(Math.log2(Math.max(2, slice.length)));
  const fft = new FFT(size);
  const input = new Array<number>(size).fill(0);
  for (let index = 0; index < slice.length; index += 1) input[index] = slice[index]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * index) / (slice.length - 1)));
  const out: number[] = fft.createComplexArray() as number[];
  fft.realTransform(out, input);
  const power = new Float64Array(size / 2 + 1);
  for (let bin = 0; bin <= size / 2; bin += 1) power[bin] = out[2 * bin]! ** 2 + out[2 * bin + 1]! ** 2;
  return { power, binHz: sampleRate / size };
}

/** Share of the spectrum's power between two frequencies. */
export function bandShare(spectrum: Spectrum, fromHz: number, toHz: number): number {
  let band = 0;
  let total = 0;
  spectrum.power.forEach((value, bin) => {
    total += value;
    const hz = bin * spectrum.binHz;
    if (hz >= fromHz && hz < toHz) band += value;
  });
  return total > 0 ? band / total : 0;
}

/** Spectral flatness (geometric over arithmetic mean of power) between two frequencies: 1 for flat, 0 for a line. */
export function flatness(spectrum: Spectrum, fromHz: number, toHz: number): number {
  let logSum = 0;
  let sum = 0;
  let count = 0;
  spectrum.power.forEach((value, bin) => {
    const hz = bin * spectrum.binHz;
    if (hz < fromHz || hz >= toHz) return;
    logSum += Math.log(value + 1e-30);
    sum += value;
    count += 1;
  });
  return count > 0 && sum > 0 ? Math.exp(logSum / count) / (sum / count) : 0;
}

/** Frequency of the strongest bin (above `fromHz`). */
export function peakHz(spectrum: Spectrum, fromHz = 0): number {
  let best = 0;
  let bestBin = 0;
  spectrum.power.forEach((value, bin) => {
    if (bin * spectrum.binHz >= fromHz && value > best) {
      best = value;
      bestBin = bin;
    }
  });
  return bestBin * spectrum.binHz;
}

/** RMS level of a slice in dBFS (−120 for digital silence). */
export function rmsDb(slice: ArrayLike<number>): number {
  let energy = 0;
  for (let index = 0; index < slice.length; index += 1) energy += slice[index]! ** 2;
  const rms = Math.sqrt(energy / Math.max(1, slice.length));
  return rms > 1e-6 ? 20 * Math.log10(rms) : -120;
}
