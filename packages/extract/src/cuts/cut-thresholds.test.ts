import { describe, expect, it } from 'vitest';
import { cutThresholds, cutThresholdTable } from './cut-thresholds.js';

describe('the thresholds table', () => {
  it('gives every number a reason and its evidence, and takes overrides by name', () => {
    for (const [name, threshold] of Object.entries(cutThresholdTable)) {
      expect(Number.isFinite(threshold.value), name).toBe(true);
      expect(threshold.reason.length, name).toBeGreaterThan(20);
      expect(threshold.evidence.length, name).toBeGreaterThan(5);
    }
    expect(cutThresholds({ cutRatio: 4 }).cutRatio).toBe(4);
    expect(cutThresholds().cutRatio).toBe(cutThresholdTable.cutRatio.value);
  });
});
