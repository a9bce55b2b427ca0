import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { soundPrimitives } from '@motionreg/primitives';
import { FrameSoundAnalyzer } from './frame-sound.js';

const rate = 48_000;
const slice = 2000; // one frame at 24 fps

function sine(frequency: number, amplitude: number, length = slice): Float32Array {
  return Float32Array.from({ length }, (_, index) => amplitude * Math.sin((2 * Math.PI * frequency * index) / rate));
}

/** A seeded white noise (xorshift), so the test is reproducible. */
function noise(amplitude: number, seed: number, length = slice): Float32Array {
  let state = seed >>> 0 || 1;
  return Float32Array.from({ length }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return amplitude * (((state >>> 0) / 2 ** 32) * 2 - 1);
  });
}

/** A one-pole low-pass, enough to push white noise below 200 Hz. */
function lowPass(signal: Float32Array, cutoff: number): Float32Array {
  const alpha = 1 - Math.exp((-2 * Math.PI * cutoff) / rate);
  const out = new Float32Array(signal.length);
  let y1 = 0;
  let y2 = 0;
  signal.forEach((value, index) => {
    y1 += alpha * (value - y1);
    y2 += alpha * (y1 - y2);
    out[index] = y2;
  });
  return out;
}

describe('FrameSoundAnalyzer', () => {
  const analyzer = new FrameSoundAnalyzer(slice, rate);

  it('hears a sine above 200 Hz as tone, with its level and frequency', () => {
    const sound = analyzer.analyze(sine(440, 0.5));
    expect(sound.dominant).toBe('tone');
    expect(sound.mix.tone).toBeGreaterThan(0.9);
    expect(sound.rmsDb).toBeCloseTo(20 * Math.log10(0.5 / Math.SQRT2), 1);
    expect(Math.abs(sound.peakHz - 440)).toBeLessThan(rate / 2048);
    expect(sound.flatness).toBeLessThan(0.1);
  });

  it('hears white noise as hiss, low-passed noise as rumble, zeros as silence', () => {
    const hiss = analyzer.analyze(noise(0.3, 7));
    expect(hiss.dominant).toBe('hiss');
    expect(hiss.flatness).toBeGreaterThan(0.4);
    const rumble = analyzer.analyze(lowPass(noise(0.9, 11, 20_000), 60).subarray(18_000));
    expect(rumble.dominant).toBe('rumble');
    expect(rumble.lowBandShare).toBeGreaterThan(0.6);
    const silence = analyzer.analyze(new Float32Array(slice));
    expect(silence.dominant).toBe('silence');
    expect(silence.mix.silence).toBe(1);
    expect(silence.rmsDb).toBe(-120);
  });

  it('finds the tone in a tone over noise and splits the mix between them', () => {
    const mixed = sine(1000, 0.4).map((value, index) => value + noise(0.1, 3)[index]!);
    const sound = analyzer.analyze(mixed);
    expect(sound.dominant).toBe('tone');
    expect(sound.mix.hiss).toBeGreaterThan(0.02);
  });

  it('gives a mix that sums to 1 and a strength within 0–100 for any signal', () => {
    fc.assert(
      fc.property(fc.float32Array({ minLength: 1, maxLength: slice, noNaN: true, noDefaultInfinity: true, min: -1, max: 1 }), (samples) => {
        const sound = analyzer.analyze(samples);
        const sum = soundPrimitives.reduce((total, primitive) => total + sound.mix[primitive], 0);
        expect(sum).toBeCloseTo(1, 9);
        for (const primitive of soundPrimitives) expect(sound.mix[primitive]).toBeGreaterThanOrEqual(0);
        expect(sound.strengthPct).toBeGreaterThanOrEqual(0);
        expect(sound.strengthPct).toBeLessThanOrEqual(100);
        expect(sound.mix[sound.dominant]).toBe(Math.max(...soundPrimitives.map((primitive) => sound.mix[primitive])));
      }),
      { numRuns: 60 },
    );
  });
});
