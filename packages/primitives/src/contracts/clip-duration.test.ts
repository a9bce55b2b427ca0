import { describe, expect, it } from 'vitest';
import { checkClipDuration, maxClipSeconds, promptSource } from './clip-duration.js';
import { thrownError } from '../errors/__fixtures__/thrown-error.js';


describe('checkClipDuration', () => {
  it('returns a length up to the limit unchanged', () => {
    expect(checkClipDuration(4, '--duration 4', 'cli')).toBe(4);
    expect(checkClipDuration(maxClipSeconds, '--duration 3600', 'cli')).toBe(maxClipSeconds);
  });

  it('refuses a longer or non-positive length in one line naming its source', () => {
    const source = promptSource('a sunset over the sea, 6 hours long');
    const error = thrownError(() => checkClipDuration(21_600, source, 'create'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('[motionreg:create] prompt "a sunset over the sea, 6 hours long" asks for 21600 s, more than the 3600 s limit');
    expect(thrownError(() => checkClipDuration(0, '--duration 0', 'cli')).code).toBe('invalid_input');
    expect(thrownError(() => checkClipDuration(Number.NaN, '--duration x', 'cli')).message.split('\n')).toHaveLength(1);
  });

  it('names a long or multi-line prompt on one short line', () => {
    const named = promptSource(`${'very '.repeat(40)}\nlong`);
    expect(named).not.toContain('\n');
    expect(named.length).toBeLessThanOrEqual(90);
  });
});
