import { describe, expect, it } from 'vitest';
import { intendedNarrative, observedNarrative } from './read-narrative.js';

const still = { static: 1, slow: 0, medium: 0, fast: 0 };

describe('observedNarrative', () => {
  it('reads pace from motion and cut rate', () => {
    const base = { meanBrightness: 0.5, meanContrast: 0.3, meanSaturation: 0.3, meanWarmth: 0 };
    expect(observedNarrative({ ...base, speedShares: still, cutsPerMinute: 0 }).pace).toBe('still');
    expect(observedNarrative({ ...base, speedShares: still, cutsPerMinute: 40 }).pace).toBe('fast');
    expect(observedNarrative({ ...base, speedShares: { static: 0, slow: 0.2, medium: 0.6, fast: 0.2 }, cutsPerMinute: 0 }).pace).toBe('moderate');
  });

  it('reads mood from light and colour', () => {
    const calm = { meanContrast: 0.2, meanSaturation: 0.3, meanWarmth: 0, speedShares: still, cutsPerMinute: 0 };
    expect(observedNarrative({ ...calm, meanBrightness: 0.1 }).mood).toBe('dark');
    expect(observedNarrative({ ...calm, meanBrightness: 0.8, meanSaturation: 0.1 }).mood).toBe('dreamy');
    expect(observedNarrative({ ...calm, meanBrightness: 0.8, meanContrast: 0.5 }).mood).toBe('bright');
    expect(observedNarrative({ ...calm, meanBrightness: 0.3, meanWarmth: -12 }).mood).toBe('moody');
    expect(observedNarrative({ ...calm, meanBrightness: 0.5 }).mood).toBe('calm');
    expect(observedNarrative({ ...calm, meanBrightness: 0.5, meanSaturation: 0.5, speedShares: { static: 0, slow: 0, medium: 0, fast: 1 } }).mood).toBe('energetic');
  });
});

describe('intendedNarrative', () => {
  it('is null without a spec or prompt, and takes only origin words from a prompt', () => {
    expect(intendedNarrative()).toBeNull();
    expect(intendedNarrative(undefined, '  ')).toBeNull();
    expect(intendedNarrative(undefined, 'a calm cinematic nature establishing shot about hope')).toEqual({
      mood: 'calm', style: 'cinematic', sceneType: 'establishing', settings: ['nature'], themes: ['hope'],
    });
  });
});
