import { describe, expect, it } from 'vitest';
import { repeatRuns } from './repeat-runs.js';

describe('repeatRuns', () => {
  it('runs exactly `runs` times, in order', async () => {
    const seen: number[] = [];
    expect(await repeatRuns({ runs: 3, delayMs: 0 }, async (index) => void seen.push(index))).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('with runs 0 runs until the signal aborts, and never starts a run after it', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const count = await repeatRuns({ runs: 0, delayMs: 0, signal: controller.signal }, async (index) => {
      seen.push(index);
      if (index === 4) controller.abort();
    });
    expect([count, seen.length]).toEqual([5, 5]);
  });

  it('an abort ends the wait between runs at once', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const count = await repeatRuns({ runs: 5, delayMs: 60_000, signal: controller.signal }, async () => {
      setTimeout(() => controller.abort(), 20);
    });
    expect(count).toBe(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a run that throws stops the loop with its error', async () => {
    await expect(repeatRuns({ runs: 3, delayMs: 0 }, async () => {
      throw new Error('boom');
    })).rejects.toThrow('boom');
  });
});
