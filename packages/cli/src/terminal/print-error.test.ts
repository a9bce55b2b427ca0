import { describe, expect, it } from 'vitest';
import { MotionregError } from '@motionreg/primitives';
import { errorLine, errorReport } from './print-error.js';

describe('errorLine', () => {
  it('keeps a MotionregError as it is and prefixes anything else, on one line', () => {
    const ours = new MotionregError('decode_failed', 'cannot decode clip.mp4: moov atom not found', { component: 'extract' });
    expect(errorLine(ours)).toBe('[motionreg:extract] cannot decode clip.mp4: moov atom not found');
    expect(errorLine(new Error('ENOENT: no such file\n    at open (node:fs)'))).toBe('[motionreg:cli] ENOENT: no such file');
    expect(errorLine('plain text')).toBe('[motionreg:cli] plain text');
    expect(errorLine(new Error(''))).toBe('[motionreg:cli] failed without a message');
  });

  it('adds the stack and causes only with MOTIONREG_DEBUG=1', () => {
    const error = new MotionregError('encode_failed', 'cannot render out.mp4', { component: 'render', cause: new Error('ffmpeg died') });
    expect(errorReport(error, {})).toBe('[motionreg:render] cannot render out.mp4\n');
    const debug = errorReport(error, { MOTIONREG_DEBUG: '1' });
    expect(debug.split('\n').length).toBeGreaterThan(3);
    expect(debug).toContain('caused by: Error: ffmpeg died');
  });
});
