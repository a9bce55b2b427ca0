import type { FrameSound } from '@motionreg/primitives';
import { OnsetEnvelope } from '../tempo/onset-envelope.js';
import { FrameSoundAnalyzer } from './frame-sound.js';
import type { FrameSoundOptions } from './frame-sound.js';

/**
 * Streams a mono track once and measures, for each video frame i, the slice of samples
 * [round(i·rate/fps), round((i+1)·rate/fps)), plus the onset envelope of the whole track.
 * Holds one frame's slice at a time.
 */
export class AudioTrackAnalyzer {
  readonly sampleRate: number;
  readonly fps: number;
  readonly onsets: OnsetEnvelope;
  /** One measurement per completed frame slice, in order, from slice `released` on. */
  readonly frames: FrameSound[] = [];
  /** Slices measured and handed over already (dropped from `frames`). */
  private released = 0;
  private closed = false;
  private silent: FrameSound | null = null;
  private readonly analyzer: FrameSoundAnalyzer;
  private readonly sliceBuffer: Float32Array;
  private sliceFill = 0;
  private consumed = 0;

  constructor(sampleRate: number, fps: number, options: FrameSoundOptions = {}) {
    this.sampleRate = sampleRate;
    this.fps = fps;
    const longest = Math.ceil(sampleRate / fps) + 1;
    this.analyzer = new FrameSoundAnalyzer(longest, sampleRate, options);
    this.sliceBuffer = new Float32Array(longest);
    this.onsets = new OnsetEnvelope(sampleRate);
  }

  /** Seconds of audio pushed so far. */
  get durationSeconds(): number {
    return this.consumed / this.sampleRate;
  }

  /** Slices measured so far (handed over or not). */
  get measured(): number {
    return this.released + this.frames.length;
  }

  /** Whether {@link close} was called: every slice there will be is measured. */
  get ended(): boolean {
    return this.closed;
  }

  /** The sound of slice `slice` (digital silence past the track's end once closed), or undefined while still to come. */
  slice(slice: number): FrameSound | undefined {
    const measured = this.frames[slice - this.released];
    if (measured || !this.closed || slice < this.released) return measured;
    this.silent ??= this.analyzer.analyze(new Float32Array(0));
    return this.silent;
  }

  /** Drops the measurements of slices before `slice` (they were handed over), so memory stays flat. */
  release(slice: number): void {
    const drop = Math.min(this.frames.length, slice - this.released);
    if (drop <= 0) return;
    this.frames.splice(0, drop);
    this.released += drop;
  }

  /** Ends the track: a partial last slice is measured as it is. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.sliceFill > 0) {
      this.frames.push(this.analyzer.analyze(this.sliceBuffer.subarray(0, this.sliceFill)));
      this.sliceFill = 0;
    }
  }

  private sliceEnd(frame: number): number {
    return Math.round(((frame + 1) * this.sampleRate) / this.fps);
  }

  /** Feeds the next block of samples. */
  push(samples: Float32Array): void {
    this.onsets.push(samples);
    let offset = 0;
    while (offset < samples.length) {
      const frame = this.measured;
      const end = this.sliceEnd(frame);
      const take = Math.min(end - this.consumed, samples.length - offset);
      this.sliceBuffer.set(samples.subarray(offset, offset + take), this.sliceFill);
      this.sliceFill += take;
      this.consumed += take;
      offset += take;
      if (this.consumed === end) {
        this.frames.push(this.analyzer.analyze(this.sliceBuffer.subarray(0, this.sliceFill)));
        this.sliceFill = 0;
      }
    }
  }

  /**
   * The per-frame sound of `frameCount` video frames. A partial last slice is measured as it is;
   * frames beyond the end of the track are measured as digital silence (the track has ended).
   */
  finish(frameCount: number): FrameSound[] {
    if (this.sliceFill > 0 && this.frames.length < frameCount) {
      this.frames.push(this.analyzer.analyze(this.sliceBuffer.subarray(0, this.sliceFill)));
      this.sliceFill = 0;
    }
    const silent = this.frames.length < frameCount ? this.analyzer.analyze(new Float32Array(0)) : null;
    while (this.frames.length < frameCount && silent) this.frames.push(structuredClone(silent));
    return this.frames.slice(0, frameCount);
  }
}
