import type { MotionStep } from '../motion/classify-camera.js';

/** A motion step tagged with the frame that ends it and its length in frames. */
export type TaggedStep = MotionStep & { frame: number; stride: number };

// One column per field of a TaggedStep, in this order; `observable` is kept as 0 or 1.
const fieldCount = 11;
// why: chunks of a fixed size grow without copying what is already kept (a doubling array would briefly hold two copies)
const stepsPerChunk = 4096;

/**
 * Every motion step of a clip, kept as numbers in fixed-size `Float64Array` chunks instead of one object
 * each. The windows are read from the steps only after the last frame (a window's camera waits for the
 * cuts around it), so a long video keeps them all: as objects they cost about 650 bytes each (a hidden
 * class, a property array and boxed numbers per step), here 88. A float64 holds each number exactly, so
 * a step read back equals the one pushed.
 */
export class MotionStepLog {
  private readonly chunks: Float64Array[] = [];
  private count = 0;

  /** How many steps are kept. */
  get length(): number {
    return this.count;
  }

  /** Keeps one step. */
  push(step: TaggedStep): void {
    const chunkIndex = Math.floor(this.count / stepsPerChunk);
    if (chunkIndex === this.chunks.length) this.chunks.push(new Float64Array(stepsPerChunk * fieldCount));
    const chunk = this.chunks[chunkIndex]!;
    const at = (this.count % stepsPerChunk) * fieldCount;
    chunk[at] = step.translationX;
    chunk[at + 1] = step.translationY;
    chunk[at + 2] = step.scale;
    chunk[at + 3] = step.rotation;
    chunk[at + 4] = step.observable ? 1 : 0;
    chunk[at + 5] = step.difference;
    chunk[at + 6] = step.residual;
    chunk[at + 7] = step.residualAfterGain;
    chunk[at + 8] = step.seconds;
    chunk[at + 9] = step.frame;
    chunk[at + 10] = step.stride;
    this.count += 1;
  }

  private offset(index: number): [Float64Array, number] {
    if (!(index >= 0 && index < this.count)) throw new RangeError(`motion step ${index} of ${this.count}`);
    return [this.chunks[Math.floor(index / stepsPerChunk)]!, (index % stepsPerChunk) * fieldCount];
  }

  /** The frame that ends step `index` (cheap: no object is made). */
  frameAt(index: number): number {
    const [chunk, at] = this.offset(index);
    return chunk[at + 9]!;
  }

  /** Step `index` as a new object, equal field for field to the one pushed. */
  at(index: number): TaggedStep {
    const [chunk, at] = this.offset(index);
    return {
      translationX: chunk[at]!,
      translationY: chunk[at + 1]!,
      scale: chunk[at + 2]!,
      rotation: chunk[at + 3]!,
      observable: chunk[at + 4] === 1,
      difference: chunk[at + 5]!,
      residual: chunk[at + 6]!,
      residualAfterGain: chunk[at + 7]!,
      seconds: chunk[at + 8]!,
      frame: chunk[at + 9]!,
      stride: chunk[at + 10]!,
    };
  }
}
