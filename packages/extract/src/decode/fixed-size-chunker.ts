/**
 * Re-chunks a byte stream (pipe reads of any size) into fixed-size records, such as rgb24 frames of
 * `width * height * 3` bytes or blocks of f32le samples, without holding more than one record.
 */
export class FixedSizeChunker {
  readonly recordBytes: number;
  private readonly record: Uint8Array;
  private filled = 0;

  /** @param recordBytes Size of one record in bytes (a positive integer). */
  constructor(recordBytes: number) {
    if (!Number.isInteger(recordBytes) || recordBytes <= 0) throw new RangeError(`record size must be a positive integer, got ${recordBytes}`);
    this.recordBytes = recordBytes;
    this.record = new Uint8Array(recordBytes);
  }

  /** Bytes of an incomplete record held since the last complete one. */
  get pendingBytes(): number {
    return this.filled;
  }

  /** Returns (a copy of) the bytes of the incomplete record and starts afresh. */
  takePending(): Uint8Array {
    const pending = this.record.slice(0, this.filled);
    this.filled = 0;
    return pending;
  }

  /**
   * Feeds one chunk and yields every record it completes. The yielded array is reused: it is valid
   * only until the generator is resumed, which keeps memory at one record whatever the stream length.
   */
  *push(chunk: Uint8Array): Generator<Uint8Array, void, undefined> {
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(this.recordBytes - this.filled, chunk.length - offset);
      this.record.set(chunk.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === this.recordBytes) {
        this.filled = 0;
        yield this.record;
      }
    }
  }
}
