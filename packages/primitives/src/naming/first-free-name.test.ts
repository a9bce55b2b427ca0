import { describe, expect, it } from 'vitest';
import { MotionregError } from '../errors/motionreg-error.js';
import { distinct, firstFreeName, slotPhrases } from './first-free-name.js';

describe('firstFreeName', () => {
  it('returns the first candidate not taken', () => {
    expect(firstFreeName(['a', 'b', 'c'], new Set(['a']), 'thing')).toBe('b');
  });

  it('treats a candidate as taken when its lower-case form is taken', () => {
    expect(firstFreeName(['Sea Blue', 'Pale Sea Blue'], new Set(['sea blue']), 'thing')).toBe('Pale Sea Blue');
  });

  it('throws conflict when every candidate is taken', () => {
    try {
      firstFreeName(['a'], new Set(['a']), 'thing');
      expect.unreachable();
    } catch (error) {
      expect(MotionregError.isInstance(error) && error.code).toBe('conflict');
    }
  });
});

describe('slotPhrases', () => {
  it('lists every combination once, plainest words first', () => {
    const phrases = [...slotPhrases([['slow', 'lazy'], ['drift', 'glide', 'slide']])];
    expect(phrases[0]).toBe('slow drift');
    expect(new Set(phrases).size).toBe(6);
    expect(phrases.indexOf('lazy slide')).toBe(5);
  });

  it('deduplicates with distinct', () => {
    expect([...distinct(['a', 'b', 'a'])]).toEqual(['a', 'b']);
  });
});
