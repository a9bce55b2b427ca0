import { describe, expect, it } from 'vitest';
import { damageLine, partialDecodeWarning } from './decode-damage.js';

describe('damaged files', () => {
  it('finds the line where ffmpeg tells of damage', () => {
    const stderr = 'Input #0, mov,mp4\n  Duration: 00:00:04.00\n[mov,mp4,m4a,3gp,3g2,mj2 @ 0x3fa6cd00] stream 0, offset 0x233f3: partial file\nframe=64';
    expect(damageLine(stderr)).toBe('stream 0, offset 0x233f3: partial file');
    expect(damageLine('Input #0\nOutput #0, rawvideo\nframe=96')).toBeNull();
  });

  it('warns on damage or on frames missing against the declared duration, not on a whole file', () => {
    const whole = { decodedFrames: 96, decodedSeconds: 4, declaredSeconds: 4.02, fps: 24, damage: null };
    expect(partialDecodeWarning('a.mp4', whole)).toBeNull();
    // audio running a little past the video is no damage
    expect(partialDecodeWarning('a.mp4', { ...whole, declaredSeconds: 4.3 })).toBeNull();
    const short = partialDecodeWarning('a.mp4', { ...whole, decodedFrames: 64, decodedSeconds: 64 / 24 });
    expect(short).toContain('64 of 96 declared frames decoded');
    expect(partialDecodeWarning('a.mp4', { ...whole, damage: 'partial file' })).toContain('ffmpeg: partial file');
  });
});
