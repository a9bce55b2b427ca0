import { createSeededRandom } from '@motionreg/primitives';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTempo } from './estimate-tempo.js';

const at = (times: number[], strength = 1) => times.map((time) => ({ time, strength }));

describe('estimateTempo', () => {
  it('recovers the tempo of a regular pulse within 1% despite jitter, for any tempo 40–240 BPM', () => {
    fc.assert(
      fc.property(fc.double({ min: 42, max: 235, noNaN: true }), fc.integer({ min: 6, max: 40 }), fc.integer({ min: 1, max: 1000 }), (bpm, beats, seed) => {
        const period = 60 / bpm;
        const random = createSeededRandom(seed);
        const jitter = () => (random.next() * 2 - 1) * 0.005;
        const estimate = estimateTempo(at(Array.from({ length: beats }, (_, index) => 0.1 + index * period + jitter())));
        expect(estimate).not.toBeNull();
        expect(Math.abs(estimate!.bpm - bpm) / bpm).toBeLessThan(0.01);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the beat when some beats are missing, rather than halving the tempo', () => {
    const times = [0, 0.5, 1, 2, 2.5, 3, 3.5, 4.5, 5].map((time) => time + 0.05);
    expect(estimateTempo(at(times))?.bpm).toBeCloseTo(120, 0);
  });

  it('finds no pulse in irregular onsets or too few of them', () => {
    expect(estimateTempo(at([0.1, 0.37, 1.2, 1.33, 2.9, 3.05, 4.4]))).toBeNull();
    expect(estimateTempo(at([0, 1]))).toBeNull();
    // three evenly spaced onsets are the shortest pulse
    expect(estimateTempo(at([0, 0.68, 1.36]))?.bpm).toBeCloseTo(60 / 0.68, 1);
    // four beats of a grid but a third of the onsets off it, one of them 8 % late: sounds changing, no pulse
    expect(estimateTempo([0, 0.149, 0.501, 1.003, 1.461, 1.84].map((time) => ({ time, strength: 100 })))).toBeNull();
  });

  it('ignores weak stray onsets between strong beats', () => {
    const beats = [0, 0.4, 0.8, 1.2, 1.6].map((time) => ({ time, strength: 300 }));
    const strays = [0.565, 0.645, 1.312, 1.467].map((time) => ({ time, strength: 60 }));
    expect(estimateTempo([...beats, ...strays])?.bpm).toBeCloseTo(150, 0);
  });
});

describe('estimateTempo with percussive onsets and a known clip length', () => {
  const percussive = (times: number[], share: number, strength = 100) => times.map((time) => ({ time, strength, percussive: share }));

  it('reads a pulse from percussive beats among stronger tonal changes off the grid', () => {
    const beats = percussive([0, 0.5, 1, 1.5], 1, 100);
    const changes = percussive([0.18, 0.71, 1.29], 0.14, 150);
    expect(estimateTempo([...beats, ...changes])?.bpm).toBeCloseTo(120, 0);
    // without percussiveness the same onsets are sounds changing, not a pulse
    expect(estimateTempo([...beats, ...changes].map(({ time, strength }) => ({ time, strength })))).toBeNull();
  });

  it('reads two percussive beats that fill the clip as a pulse, and nothing else with two', () => {
    expect(estimateTempo(percussive([0, 1], 1), { durationSeconds: 2 })?.bpm).toBeCloseTo(60, 6);
    // no clip length: two onsets are never a pulse
    expect(estimateTempo(percussive([0, 1], 1))).toBeNull();
    // a grid point inside the clip (at 2 s of 2.5 s) carries no beat
    expect(estimateTempo(percussive([0, 1], 1), { durationSeconds: 2.5 })).toBeNull();
    // an empty grid point before the first beat (0.3 − 0.8 < 0 is fine, but 1.9 < 2 is inside the clip)
    expect(estimateTempo(percussive([0.3, 1.1], 1), { durationSeconds: 2 })).toBeNull();
    // two tonal changes are not beats
    expect(estimateTempo(percussive([0, 1], 0.3), { durationSeconds: 2 })).toBeNull();
  });

  it('rejects onsets that fit a grid only loosely (6 % of a period off)', () => {
    expect(estimateTempo(at([0, 0.5, 1.03, 1.5, 2, 2.53]))).toBeNull();
  });
});

describe('estimateTempo when beats fall silent', () => {
  it('keeps the faster pulse when most of the slower grid’s midpoints carry beats too', () => {
    // 163.6 BPM (0.367 s): the beat at 0.367 fell on a quiet sound; 1.10 and 1.83 are weak but there
    const onsets = [...at([0, 0.733, 1.467], 100), ...at([1.1, 1.834], 12)];
    expect(estimateTempo(onsets, { durationSeconds: 2 })?.bpm).toBeCloseTo(163.6, 0);
    // one midpoint of three is not enough: the slower pulse stands
    expect(estimateTempo([...at([0, 0.667, 1.333], 100), ...at([1.0], 12)], { durationSeconds: 2 })?.bpm).toBeCloseTo(90, 0);
  });

  it('does not let a two-beat grid hide a three-beat pulse with one beat missing', () => {
    // 107 BPM (0.56 s): beats at 0, 1.12 and 1.68 (0.56 silent); the 1.12 s grid fits two strong onsets better
    const onsets = [...at([0], 757), ...at([1.12], 588), ...at([1.68], 87)];
    expect(estimateTempo(onsets, { durationSeconds: 2 })?.bpm).toBeCloseTo(60 / 0.56, 0);
  });
});

describe('estimateTempo with notes whose ends are heard', () => {
  it('reads notes that start every beat and end a fixed time later as one pulse, not the note length or a multiple', () => {
    // why not notes that sound exactly half of each beat: starts and ends then form one even grid at twice the
    // tempo, and onsets alone cannot tell which half is the note (see the extract README's limits)
    for (const [bpm, noteSeconds] of [[120, 0.1], [100, 0.2], [90, 0.4], [80, 0.15]] as const) {
      const period = 60 / bpm;
      const onsets = Array.from({ length: 8 }, (_, beat) => [
        { time: beat * period, strength: 100, percussive: 0.86 },
        { time: beat * period + noteSeconds, strength: 90, percussive: 0.86 },
      ]).flat();
      expect(estimateTempo(onsets, { durationSeconds: 8 * period })?.bpm, `${bpm} BPM, ${noteSeconds} s notes`).toBeCloseTo(bpm, 0);
    }
  });

  it('does not let a second phase make a pulse of three beats or of a phase stronger than the beats', () => {
    // three beats with a repeating second phase: too little evidence for two interleaved grids
    const three = [0, 0.6, 1.2].flatMap((time) => [{ time, strength: 100 }, { time: time + 0.23, strength: 90 }]);
    expect(estimateTempo(three)).toBeNull();
    // a second phase that would carry more than the grid itself
    const lopsided = [0, 0.6, 1.2, 1.8].flatMap((time) => [{ time, strength: 50 }, { time: time + 0.23, strength: 40 }, { time: time + 0.41, strength: 40 }]);
    expect(estimateTempo(lopsided)).toBeNull();
  });
});

