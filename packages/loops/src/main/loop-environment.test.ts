import { describe, expect, it } from 'vitest';
import { MotionregError } from '@motionreg/primitives';
import { resolveExploitRatio, resolveFocus, unsetFocusMessage } from './loop-environment.js';

describe('LOOP_EXTRACTION_FOCUS', () => {
  it('reads frame and window (any case, spaces trimmed); a flag wins over the environment', () => {
    expect(resolveFocus(undefined, { LOOP_EXTRACTION_FOCUS: ' Frame ' })).toEqual({ focus: 'frame', from: 'environment' });
    expect(resolveFocus(undefined, { LOOP_EXTRACTION_FOCUS: 'window' })).toEqual({ focus: 'window', from: 'environment' });
    expect(resolveFocus('all', { LOOP_EXTRACTION_FOCUS: 'frame' })).toEqual({ focus: 'all', from: 'flag' });
  });

  it('unset or invalid means all, and the loop is told why (the misspelt LCXP_ variable counts as unset)', () => {
    const unset = resolveFocus(undefined, { LCXP_EXTRACTION_FOCUS: 'frame' });
    expect(unset).toEqual({ focus: 'all', from: 'unset' });
    expect(unsetFocusMessage(unset)).toBe('LOOP_EXTRACTION_FOCUS is unset → Growth [all]. For split workers set LOOP_EXTRACTION_FOCUS=frame or =window.');
    const invalid = resolveFocus(undefined, { LOOP_EXTRACTION_FOCUS: 'frames' });
    expect(invalid).toEqual({ focus: 'all', from: 'unset', ignored: 'frames' });
    expect(unsetFocusMessage(invalid)).toContain('is "frames", not frame or window');
    expect(resolveFocus(undefined, { LOOP_EXTRACTION_FOCUS: 'all' }).from).toBe('environment');
  });
});

describe('LOOP_EXPLOIT_RATIO_OVERRIDE', () => {
  it('overrides the default, a flag overrides it, and a bad value is refused naming the variable', () => {
    expect(resolveExploitRatio(undefined, {}, 0.3)).toBe(0.3);
    expect(resolveExploitRatio(undefined, { LOOP_EXPLOIT_RATIO_OVERRIDE: '1' }, 0.3)).toBe(1);
    expect(resolveExploitRatio(undefined, { LOOP_EXPLOIT_RATIO_OVERRIDE: '0' }, 0.3)).toBe(0);
    expect(resolveExploitRatio(0.5, { LOOP_EXPLOIT_RATIO_OVERRIDE: '0' }, 0.3)).toBe(0.5);
    for (const bad of ['1.5', '-0.1', 'half']) {
      const error = (() => {
        try {
          return resolveExploitRatio(undefined, { LOOP_EXPLOIT_RATIO_OVERRIDE: bad }, 0.3);
        } catch (caught) {
          return caught;
        }
      })();
      expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
      expect(String(error)).toContain('LOOP_EXPLOIT_RATIO_OVERRIDE');
    }
  });
});
