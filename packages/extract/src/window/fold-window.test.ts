import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '@motionreg/primitives';
import type { FrameSound } from '@motionreg/primitives';
import type { FrameFeatures } from './frame-features.js';
import { foldFeatures, foldSounds, windowAudio, windowComposition, windowGradient, windowLighting } from './summarize-window.js';

describe('folding a window into one entry', () => {
  const random = createSeededRandom('fold-window');
  const features: FrameFeatures[] = Array.from({ length: 15 }, (_, index) => ({
    brightness: random.next(),
    contrast: random.next(),
    warmth: random.next() * 20 - 10,
    saturation: random.next(),
    centerOfMass: [random.next(), random.next()],
    symmetryScore: random.next(),
    gradient: index % 3 === 0 ? 'horizontal' : 'none',
    gradientStrength: random.next(),
  }));
  const sounds: Pick<FrameSound, 'dominant' | 'mix' | 'rmsDb'>[] = Array.from({ length: 15 }, (_, index) => ({
    dominant: index % 4 === 0 ? 'hiss' : 'tone',
    mix: { silence: random.next() * 0.1, rumble: random.next() * 0.2, tone: random.next() * 0.5, hiss: random.next() * 0.2 },
    rmsDb: -40 + random.next() * 30,
  }));

  it('reads the same lighting, composition, gradient and audio as the frames themselves', () => {
    const folded = [foldFeatures(features)];
    expect(windowLighting(folded)).toEqual(windowLighting(features));
    expect(windowComposition(folded)).toEqual(windowComposition(features));
    expect(windowGradient(folded)).toEqual(windowGradient(features));
    expect(windowAudio([foldSounds(sounds)], 2, 0.5, null)).toEqual(windowAudio(sounds, 2, 0.5, null));
    expect(windowAudio([foldSounds(sounds)], 0, 0.5, 120)).toEqual(windowAudio(sounds, 0, 0.5, 120));
  });
});
