import { createSeededRandom } from '@motionreg/primitives';
import { describe, expect, it } from 'vitest';
import { estimateTempo } from './estimate-tempo.js';
import { OnsetEnvelope, pickOnsets } from './onset-envelope.js';

const sampleRate = 48_000;

/** A very quiet 300 Hz tone (−49 dBFS) for `seconds`: a background that is not digital silence. */
function quietTone(seconds: number): Float32Array {
  const samples = new Float32Array(Math.round(seconds * sampleRate));
  for (let index = 0; index < samples.length; index += 1) samples[index] = 0.005 * Math.sin((2 * Math.PI * 300 * index) / sampleRate);
  return samples;
}

function onsetsOf(samples: Float32Array) {
  const envelope = new OnsetEnvelope(sampleRate);
  // why in odd blocks: the envelope must not depend on how the stream is cut
  for (let start = 0; start < samples.length; start += 1000) envelope.push(samples.subarray(start, start + 1000));
  return pickOnsets(envelope.envelope(), envelope.hopSeconds, {}, envelope.breadth());
}

describe('OnsetEnvelope breadth', () => {
  it('marks a click as percussive and a tone that starts as not', () => {
    const samples = quietTone(2);
    // a 1 ms Hann-windowed noise click at 0.6 s
    const random = createSeededRandom('click');
    for (let index = 0; index < 48; index += 1) {
      const window = 0.5 - 0.5 * Math.cos((2 * Math.PI * index) / 47);
      samples[Math.round(0.6 * sampleRate) + index]! += 0.6 * window * (random.next() * 2 - 1);
    }
    // a 2 kHz tone that starts at 1.3 s with a 2 ms ramp and holds
    const start = Math.round(1.3 * sampleRate);
    for (let index = start; index < samples.length; index += 1) {
      samples[index]! += 0.3 * Math.min(1, (index - start) / 96) * Math.sin((2 * Math.PI * 2000 * index) / sampleRate);
    }
    const onsets = onsetsOf(samples).filter((onset) => onset.time > 0.1);
    const click = onsets.find((onset) => Math.abs(onset.time - 0.6) < 0.02);
    const tone = onsets.find((onset) => Math.abs(onset.time - 1.3) < 0.02);
    expect(click?.percussive).toBeGreaterThanOrEqual(0.85);
    expect(tone).toBeDefined();
    expect(tone!.percussive).toBeLessThanOrEqual(0.5);
  });

  it('keeps one breadth value per envelope value', () => {
    const envelope = new OnsetEnvelope(sampleRate);
    envelope.push(quietTone(0.5));
    expect(envelope.breadth().length).toBe(envelope.envelope().length);
    for (const share of envelope.breadth()) expect(share).toBeGreaterThanOrEqual(0), expect(share).toBeLessThanOrEqual(1);
  });
});

describe('OnsetEnvelope change both ways', () => {
  it('finds every beat of a pulse whose beats hand a loud hiss over to a quieter low hum and back', () => {
    // 120 BPM for 4 s: on even beats a white hiss at about −20 dBFS starts, on odd beats it stops and a
    // 70 Hz hum at about −26 dBFS takes over. Little rises when the hiss gives way to the hum; much falls.
    const random = createSeededRandom('hiss-hum');
    const period = 0.5;
    const samples = new Float32Array(4 * sampleRate);
    for (let index = 0; index < samples.length; index += 1) {
      const time = index / sampleRate;
      const beat = Math.floor(time / period);
      const hiss = beat % 2 === 0;
      samples[index] = hiss ? 0.17 * (random.next() * 2 - 1) : 0.07 * Math.sin(2 * Math.PI * 70 * time);
    }
    const onsets = onsetsOf(samples);
    for (let beat = 1; beat < 8; beat += 1) {
      expect(onsets.some((onset) => Math.abs(onset.time - beat * period) < 0.02), `an onset at beat ${beat}`).toBe(true);
    }
    const tempo = estimateTempo(onsets, { durationSeconds: 4 });
    expect(tempo?.bpm).toBeCloseTo(120, 0);
  });
});

describe('pickOnsets timing', () => {
  it('times an event at its start when its end is the larger change (a short beep), at its peak when the start is small', () => {
    const hop = 256 / sampleRate;
    const envelope = new Array<number>(400).fill(5);
    // at hop 100 a beep starts (150), at hop 108 (43 ms later) it ends with a larger change (230)
    envelope[100] = 150;
    envelope[108] = 230;
    // at hop 300 a faint start (100, under 0.6 of what follows) and the real onset 7 hops later
    envelope[300] = 100;
    envelope[307] = 230;
    const onsets = pickOnsets(envelope, hop);
    expect(onsets.map((onset) => Math.round(onset.time / hop))).toEqual([100, 307]);
    expect(onsets.map((onset) => onset.strength)).toEqual([230, 230]);
  });
});
