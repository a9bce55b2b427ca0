import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MotionregError } from '../errors/motionreg-error.js';
import { soundPrimitives } from '../origins/primitives.js';
import type { SoundNameProperties } from './name-sound.js';
import { nameSound } from './name-sound.js';
import { curatedNameWords } from './name-vocabulary.js';

const pure = (dominant: SoundNameProperties['dominant']) => ({ silence: 0, rumble: 0, tone: 0, hiss: 0, [dominant]: 1 });

describe('nameSound', () => {
  it('names sounds from what was measured', () => {
    expect(nameSound({ dominant: 'rumble', mix: pure('rumble'), strengthPct: 55, frequencyHz: 70 }, new Set())).toBe('deep rumble');
    expect(nameSound({ dominant: 'rumble', mix: pure('rumble'), strengthPct: 55, frequencyHz: 200 }, new Set())).toBe('low rumble');
    expect(nameSound({ dominant: 'hiss', mix: pure('hiss'), strengthPct: 50, frequencyHz: 4000 }, new Set())).toBe('high hiss');
    expect(nameSound({ dominant: 'tone', mix: pure('tone'), strengthPct: 30 }, new Set())).toBe('soft tone');
    expect(nameSound({ dominant: 'tone', mix: pure('tone'), strengthPct: 30, frequencyHz: 110 }, new Set())).toBe('low hum');
    expect(nameSound({ dominant: 'silence', mix: pure('silence'), strengthPct: 0 }, new Set())).toBe('deep silence');
  });

  it('uses the texture of a strong secondary primitive when the plain names are taken', () => {
    const properties = { dominant: 'rumble' as const, mix: { silence: 0, rumble: 0.6, tone: 0, hiss: 0.4 }, strengthPct: 30, frequencyHz: 70 };
    const taken = new Set(['deep rumble', 'soft rumble', 'soft deep rumble']);
    expect(nameSound(properties, taken)).toBe('hissing rumble');
  });

  it('gives distinct English names to 1,500 sounds named in sequence', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dominant: fc.constantFrom(...soundPrimitives),
            mix: fc.record({ silence: share, rumble: share, tone: share, hiss: share }),
            strengthPct: fc.double({ min: 0, max: 100, noNaN: true }),
            frequencyHz: fc.option(fc.double({ min: 20, max: 16000, noNaN: true }), { nil: undefined }),
          }),
          { minLength: 1500, maxLength: 1500 },
        ),
        (sounds) => {
          const taken = new Set<string>();
          for (const sound of sounds) {
            const name = nameSound(sound, taken);
            expect(taken.has(name)).toBe(false);
            for (const word of name.split(' ')) expect(curatedNameWords.has(word)).toBe(true);
            taken.add(name);
          }
        },
      ),
      { numRuns: 1, seed: 3 },
    );
  });

  it('rejects unmeasured properties with invalid_input', () => {
    try {
      nameSound({ dominant: 'rumble', mix: pure('rumble'), strengthPct: 150 }, new Set());
      expect.unreachable();
    } catch (error) {
      expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    }
  });
});
