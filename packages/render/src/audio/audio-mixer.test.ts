import { describe, expect, it } from 'vitest';
import type { PureSound, SceneSpec } from '@motionreg/primitives';
import { originSounds, sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { bandShare, flatness, peakHz, powerSpectrum, rmsDb } from '../__fixtures__/spectrum.js';
import { AudioMixer } from './audio-mixer.js';

const sampleRate = 48_000;
const fps = 24;

function mix(spec: SceneSpec, frameCount = 48) {
  const mixer = new AudioMixer({ spec, sampleRate, fps, frameCount, seed: 5 });
  return {
    mixer,
    frames: Array.from({ length: frameCount }, (_, index) => {
      const samples = new Float32Array(2000);
      const truth = mixer.renderFrame(index, samples);
      return { samples, truth };
    }),
  };
}

const only = (primitive: PureSound['primitive']) => originSounds.filter((sound) => sound.primitive === primitive);

describe('AudioMixer: pure frames', () => {
  it('a frame of pure hiss has a flat high-frequency spectrum', () => {
    const { frames } = mix(sceneSpecFixture({ pureSounds: only('hiss'), audio: { mood: 'neutral', tempo: 'medium', presence: 'ambient', bpm: null } }));
    for (const { samples, truth } of frames.slice(2)) {
      const spectrum = powerSpectrum(samples, sampleRate);
      expect(truth.dominant).toBe('hiss');
      expect(bandShare(spectrum, 3000, 14000)).toBeGreaterThan(0.9);
      // white noise's periodogram has flatness e^−γ ≈ 0.56; a line or a slope scores far lower
      expect(flatness(spectrum, 4500, 11000)).toBeGreaterThan(0.4);
    }
  });

  it('a frame of rumble has its energy below 200 Hz', () => {
    const { frames } = mix(sceneSpecFixture({ pureSounds: only('rumble'), audio: { mood: 'neutral', tempo: 'medium', presence: 'ambient', bpm: null } }));
    for (const { samples, truth } of frames.slice(2)) {
      expect(truth.dominant).toBe('rumble');
      expect(bandShare(powerSpectrum(samples, sampleRate), 0, 200)).toBeGreaterThan(0.95);
    }
  });

  it('a frame of tone has its dominant spectral peak at its frequency', () => {
    const tone = { ...only('tone')[0]!, frequencyHz: 660 };
    const { frames } = mix(sceneSpecFixture({ pureSounds: [tone], audio: { mood: 'neutral', tempo: 'medium', presence: 'ambient', bpm: null } }));
    for (const { samples, truth } of frames.slice(2)) {
      const spectrum = powerSpectrum(samples, sampleRate);
      expect(truth.dominant).toBe('tone');
      expect(Math.abs(peakHz(spectrum) - 660)).toBeLessThanOrEqual(spectrum.binHz);
      expect(bandShare(spectrum, 600, 720)).toBeGreaterThan(0.95);
    }
  });

  it('a silent clip stays below −60 dBFS in every frame', () => {
    const { frames, mixer } = mix(sceneSpecFixture({ audio: { mood: 'neutral', tempo: 'medium', presence: 'silence', bpm: null } }));
    expect(mixer.tempoBpm).toBeNull();
    for (const { samples, truth } of frames) {
      expect(truth.dominant).toBe('silence');
      expect(rmsDb(samples)).toBeLessThan(-60);
      expect(truth.rmsDb).toBeLessThan(-60);
    }
  });
});

describe('AudioMixer: mixed frames', () => {
  it('mixes several sounds per frame with a clear lead that is the dominant primitive', () => {
    const { frames } = mix(sceneSpecFixture({ audio: { mood: 'uplifting', tempo: 'fast', presence: 'music', bpm: 150 } }), 96);
    let several = 0;
    for (const { truth } of frames) {
      const lead = truth.sounds.find((sound) => sound.lead)!;
      expect(lead).toBeDefined();
      expect(truth.dominant).toBe(lead.primitive);
      expect(truth.dominantShare).toBeGreaterThan(0.6);
      expect(truth.energy.silence + truth.energy.rumble + truth.energy.tone + truth.energy.hiss).toBeCloseTo(1, 9);
      if (truth.sounds.filter((sound) => sound.levelDb > -100).length >= 2) several += 1;
    }
    expect(several / frames.length).toBeGreaterThan(0.9);
  });

  it('puts beats at the spec tempo and changes the lead only on beats', () => {
    const { frames, mixer } = mix(sceneSpecFixture({ audio: { mood: 'dark', tempo: 'medium', presence: 'sfx', bpm: 100 } }), 240);
    expect(mixer.tempoBpm).toBeCloseTo((60 * fps) / Math.round((60 * fps) / 100), 9);
    const beats = mixer.beats;
    const period = (beats.at(-1)! - beats[0]!) / (beats.length - 1);
    expect(60 / period).toBeCloseTo(mixer.tempoBpm!, 6);
    expect(Math.abs(mixer.tempoBpm! - 100) / 100).toBeLessThan(0.05);
    let lead = '';
    for (const { truth } of frames) {
      const current = truth.sounds.find((sound) => sound.lead)!.name;
      if (current !== lead && truth.index > 0) expect(truth.beat).toBe(true);
      lead = current;
    }
  });

  it('adds a melody note per beat for music, never to a silent lead', () => {
    const { frames } = mix(sceneSpecFixture({ audio: { mood: 'calm', tempo: 'slow', presence: 'music', bpm: 70 } }), 96);
    expect(frames.some(({ truth }) => truth.melody !== null)).toBe(true);
    for (const { truth } of frames) if (truth.melody) expect(truth.melody.frequencyHz).toBeGreaterThan(200);
  });

  it('is deterministic', () => {
    const spec = sceneSpecFixture();
    const first = mix(spec).frames;
    const again = mix(spec).frames;
    first.forEach(({ samples, truth }, index) => {
      expect(truth).toEqual(again[index]!.truth);
      expect(Buffer.from(samples.buffer).equals(Buffer.from(again[index]!.samples.buffer))).toBe(true);
    });
  });
});
