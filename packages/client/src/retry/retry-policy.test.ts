import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullJitterDelay, isRetryableStatus, maxRetryAfterMs, nextDelay, parseRetryAfter } from './retry-policy.js';

describe('fullJitterDelay', () => {
  it('draws from [0, min(max, base·2^retry)) for every retry and draw', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      (retry, baseMs, extra, draw) => {
        const maxMs = baseMs + extra;
        const delay = fullJitterDelay(retry, { baseMs, maxMs, random: () => draw });
        const ceiling = Math.min(maxMs, baseMs * 2 ** retry);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.max(0, ceiling));
        if (ceiling > 0) expect(delay).toBeLessThan(ceiling);
      },
    ));
  });

  it('spreads over the whole window (full jitter, not jitter around the exponential delay)', () => {
    const policy = { baseMs: 100, maxMs: 100_000, random: () => 0 };
    expect(fullJitterDelay(5, policy)).toBe(0);
    expect(fullJitterDelay(5, { ...policy, random: () => 0.999_999 })).toBe(3_199);
    expect(fullJitterDelay(30, { ...policy, random: () => 0.5 })).toBe(50_000);
  });

  it('treats a broken random source as zero rather than a negative or endless wait', () => {
    expect(fullJitterDelay(3, { baseMs: 100, maxMs: 1_000, random: () => Number.NaN })).toBe(0);
    expect(fullJitterDelay(3, { baseMs: 100, maxMs: 1_000, random: () => 7 })).toBeLessThan(800);
    expect(fullJitterDelay(3, { baseMs: 100, maxMs: 1_000, random: () => -1 })).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now)).toBe(3_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', 'soon', '-3', '1e3']) expect(parseRetryAfter(value)).toBeUndefined();
  });
});

describe('which answers are retried', () => {
  it('retries 408, 429 and 5xx, never another 4xx', () => {
    for (let status = 400; status < 600; status += 1) {
      expect(isRetryableStatus(status), String(status)).toBe(status === 408 || status === 429 || status >= 500);
    }
  });

  it('honours Retry-After up to a minute and gives up on a longer one', () => {
    const policy = { baseMs: 100, maxMs: 1_000, random: () => 0.5 };
    expect(nextDelay(0, policy, 2_000)).toBe(2_000);
    expect(nextDelay(0, policy, maxRetryAfterMs + 1)).toBeUndefined();
    expect(nextDelay(2, policy, undefined)).toBe(200);
  });
});
