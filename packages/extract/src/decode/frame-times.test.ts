import { describe, expect, it } from 'vitest';
import { parseFrameLine, parseTimeBase, settleFrameTime } from './frame-times.js';

describe('frame times from showinfo', () => {
  const timeBase = parseTimeBase('[Parsed_showinfo_1 @ 0x55d0] config in time_base: 1/15360, frame_rate: 30/1');

  it('reads the time base and each frame line as pts × time base', () => {
    expect(timeBase).toEqual({ numerator: 1, denominator: 15360 });
    const line = '[Parsed_showinfo_1 @ 0x55d0] n:  41 pts:55296000 pts_time:3600    pos: 1 fmt:rgb24 sar:1/1 s:213x120';
    expect(parseFrameLine(line, timeBase)).toEqual({ index: 41, time: 3600 });
    // six significant digits in pts_time would give 3599.97; the pts keeps the exact time
    expect(parseFrameLine('[Parsed_showinfo_0 @ 0x1] n:9 pts:55295488 pts_time:3599.97', timeBase)?.time).toBeCloseTo(3599.966667, 5);
  });

  it('ignores other lines and leaves a frame without pts untimed', () => {
    expect(parseFrameLine('[Parsed_showinfo_0 @ 0x1] color_range:tv color_space:bt709', timeBase)).toBeNull();
    expect(parseFrameLine('frame=  120 fps=0.0 q=-0.0 size=N/A', timeBase)).toBeNull();
    expect(parseFrameLine('[Parsed_showinfo_0 @ 0x1] n:   2 pts:NOPTS pts_time:NOPTS', timeBase)).toEqual({ index: 2, time: null });
    expect(parseTimeBase('[Parsed_showinfo_0 @ 0x1] config out time_base: 0/0')).toBeNull();
  });

  it('times an untimed frame one nominal frame after the previous and never runs backwards', () => {
    expect(settleFrameTime(null, null, 30)).toBe(0);
    expect(settleFrameTime(null, 1, 25)).toBeCloseTo(1.04, 10);
    expect(settleFrameTime(0.5, 0.7, 25)).toBe(0.7);
    expect(settleFrameTime(0.9, 0.7, 25)).toBe(0.9);
  });
});
