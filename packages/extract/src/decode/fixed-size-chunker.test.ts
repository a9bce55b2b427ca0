import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixedSizeChunker } from './fixed-size-chunker.js';

describe('FixedSizeChunker', () => {
  it('yields the same records whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.uint8Array({ minLength: 0, maxLength: 400 }),
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 30 }),
        (recordBytes, bytes, cutSizes) => {
          const chunker = new FixedSizeChunker(recordBytes);
          const records: number[][] = [];
          let offset = 0;
          let cut = 0;
          while (offset < bytes.length) {
            const size = cutSizes[cut++ % cutSizes.length] ?? 1;
            for (const record of chunker.push(bytes.subarray(offset, offset + size))) records.push([...record]);
            offset += size;
          }
          const whole = Math.floor(bytes.length / recordBytes);
          expect(records).toHaveLength(whole);
          records.forEach((record, index) => expect(record).toEqual([...bytes.subarray(index * recordBytes, (index + 1) * recordBytes)]));
          expect(chunker.pendingBytes).toBe(bytes.length - whole * recordBytes);
        },
      ),
    );
  });

  it('rejects a record size that is not a positive integer', () => {
    expect(() => new FixedSizeChunker(0)).toThrow(RangeError);
    expect(() => new FixedSizeChunker(2.5)).toThrow(RangeError);
  });
});
