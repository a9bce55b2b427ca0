import { describe, expect, it } from 'vitest';
import type { FrameMeasurement } from '@motionreg/primitives';
import { AudioTrackAnalyzer } from '../sound/audio-track-analyzer.js';
import { FrameSoundJoin } from './frame-sound-join.js';

const frame = (index: number, fps = 10) => ({ index, time: index / fps, brightness: 0.5, colors: [] });
const tone = (samples: number) => Float32Array.from({ length: samples }, (_, k) => 0.5 * Math.sin((2 * Math.PI * 440 * k) / 8000));

describe('FrameSoundJoin', () => {
  it('hands frames over in order once their audio slice is measured, silence past the track end', async () => {
    const track = new AudioTrackAnalyzer(8000, 10);
    const emitted: FrameMeasurement[] = [];
    const join = new FrameSoundJoin(10, 2, track, (record) => void emitted.push(record));
    await join.addFrame(frame(0));
    await join.addFrame(frame(1));
    expect(emitted).toHaveLength(0);
    track.push(tone(2000));
    await join.flush();
    expect(emitted.map((record) => record.index)).toEqual([0, 1]);
    await join.addFrame(frame(2));
    await join.addFrame(frame(3));
    join.audioEnded();
    await join.finish();
    expect(emitted.map((record) => record.index)).toEqual([0, 1, 2, 3]);
    expect(emitted.map((record) => record.sound?.dominant)).toEqual(['tone', 'tone', 'tone', 'silence']);
    expect(join.windowSounds.map((window) => window.dominant)).toEqual(['tone', 'tone']);
    expect(join.dominant).toBe('tone');
  });

  it('makes the audio wait while it runs far ahead of the frames, and go on as frames arrive', async () => {
    const track = new AudioTrackAnalyzer(8000, 10);
    const join = new FrameSoundJoin(10, 2, track, () => undefined);
    track.push(tone(800 * 300));
    let released = false;
    const waiting = join.audioMayContinue().then(() => {
      released = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(released).toBe(false);
    for (let index = 0; index < 100; index += 1) await join.addFrame(frame(index));
    await waiting;
    expect(released).toBe(true);
  });
});
