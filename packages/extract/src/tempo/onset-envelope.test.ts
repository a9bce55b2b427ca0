import { createSeededRandom } from '@motionreg/primitives';
import { describe, expect, it } from 'vitest';
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
