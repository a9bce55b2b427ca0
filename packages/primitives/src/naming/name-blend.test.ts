import { describe, expect, it } from 'vitest';
import { MotionregError } from '../errors/motionreg-error.js';
import { cameraMotions, colorTemperatures, contrastRatios, lightingPresets, motionSpeeds } from '../origins/origins.js';
import { colorPrimitiveNames } from '../origins/primitives.js';
import type { BlendNameProperties } from './name-blend.js';
import { blendAdjective, nameBlend } from './name-blend.js';
import { isKnownNameWord } from './name-vocabulary.js';

describe('nameBlend', () => {
  it('puts the largest components before the domain noun', () => {
    expect(nameBlend({ depth: { 'motion.slow': 40, 'lighting.flat': 35, 'color.gray': 25 } }, new Set())).toBe('slow blend');
    expect(nameBlend({ depth: { 'motion.slow': 40, 'lighting.flat': 35 } }, new Set(['slow blend']))).toBe('slow flat blend');
    expect(nameBlend({ domain: 'lighting', depth: { 'lighting.golden_hour': 60, 'lighting.warm': 40 } }, new Set())).toBe('golden light');
    expect(nameBlend({ domain: 'camera', depth: { whip_pan: 100 } }, new Set())).toBe('whipping shot');
  });

  it('has a known adjective for every origin value it is likely to see', () => {
    for (const value of [...motionSpeeds, ...cameraMotions, ...lightingPresets, ...colorTemperatures, ...contrastRatios, ...colorPrimitiveNames]) {
      const adjective = blendAdjective(value);
      expect(adjective, value).toBeDefined();
      for (const word of adjective!.split(' ')) expect(isKnownNameWord(word), word).toBe(true);
    }
  });

  it('gives 500 blends of the same depth 500 distinct names of known words', () => {
    const taken = new Set<string>();
    const properties: BlendNameProperties = { depth: { 'motion.slow': 40, 'lighting.flat': 35, 'color.gray': 25 } };
    for (let round = 0; round < 500; round += 1) {
      const name = nameBlend(properties, taken);
      expect(taken.has(name)).toBe(false);
      for (const word of name.split(' ')) expect(isKnownNameWord(word)).toBe(true);
      taken.add(name);
    }
  });

  it('rejects a depth outside 0–100 with invalid_input', () => {
    try {
      nameBlend({ depth: { slow: 140 } }, new Set());
      expect.unreachable();
    } catch (error) {
      expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    }
  });
});
