import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from './sql-context.js';

describe('jsonChunks', () => {
  it('keeps every item once, in order, each run within the budget unless one item alone exceeds it', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 4 })), { maxLength: 200 }), fc.integer({ min: 8, max: 400 }), (items, budget) => {
        const chunks = jsonChunks(items, budget);
        expect(chunks.flat()).toEqual(items);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          if (chunk.length > 1) expect(new TextEncoder().encode(JSON.stringify(chunk)).length).toBeLessThanOrEqual(budget);
        }
      }),
    );
  });

  it('gives no run for no items', () => {
    expect(jsonChunks([])).toEqual([]);
  });
});
