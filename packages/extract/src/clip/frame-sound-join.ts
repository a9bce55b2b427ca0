import type { FrameMeasurement, FrameSound, SoundPrimitive } from '@motionreg/primitives';
import type { AudioTrackAnalyzer } from '../sound/audio-track-analyzer.js';
import { foldSounds } from '../window/summarize-window.js';
import { round } from './extract-options.js';

/** What a window needs of a frame's sound. */
export type SoundSummary = Pick<FrameSound, 'dominant' | 'mix' | 'rmsDb'>;

/** How many slices either side may run ahead of the other before it waits (a few seconds of frames). */
const aheadLimit = 256;

export function roundSound(sound: FrameSound): FrameSound {
  return {
    dominant: sound.dominant,
    mix: { silence: round(sound.mix.silence), rumble: round(sound.mix.rumble), tone: round(sound.mix.tone), hiss: round(sound.mix.hiss) },
    rmsDb: round(sound.rmsDb, 2),
    strengthPct: round(sound.strengthPct, 2),
    centroidHz: round(sound.centroidHz, 1),
    flatness: round(sound.flatness),
    lowBandShare: round(sound.lowBandShare),
    peakHz: round(sound.peakHz, 1),
    peakStrength: round(sound.peakStrength),
  };
}

/**
 * Joins each measured video frame with the sound of its audio slice (the slice its own time falls in, at
 * the nominal rate) as both passes run, hands the complete record on in order, and keeps only a summary of
 * each frame's sound (for windows). Neither pass runs more than {@link aheadLimit} slices ahead of the other,
 * so memory stays flat whatever the length.
 */
export class FrameSoundJoin {
  /** Per window of `framesPerWindow` frames: what the window needs of its frames' sounds, folded (see `foldSounds`). */
  readonly windowSounds: SoundSummary[] = [];
  private windowPending: SoundSummary[] = [];
  /** The sound primitive most frames share (the first to reach the highest count, as `majority` reads it). */
  dominant: SoundPrimitive | null = null;
  private readonly dominantCounts = new Map<SoundPrimitive, number>();
  private dominantCount = 0;
  private readonly pending: { record: Omit<FrameMeasurement, 'sound'>; slice: number }[] = [];
  private nextSlice = 0;
  private waiters: (() => void)[] = [];
  private failed = false;

  constructor(
    private readonly fps: number,
    private readonly framesPerWindow: number,
    private readonly track: AudioTrackAnalyzer | null,
    private readonly emit: (frame: FrameMeasurement) => void | Promise<void>,
  ) {}

  /** Adds a measured frame; resolves once it may be followed by the next (the audio has caught up). */
  async addFrame(record: Omit<FrameMeasurement, 'sound'>): Promise<void> {
    this.pending.push({ record, slice: Math.max(0, Math.round(record.time * this.fps)) });
    await this.flush();
    while (this.track && !this.track.ended && !this.failed && this.pending.length > aheadLimit) {
      await this.waitForProgress();
      await this.flush();
    }
  }

  /** Resolves once the audio may decode on (it is no more than {@link aheadLimit} slices ahead of the frames). */
  async audioMayContinue(): Promise<void> {
    await this.flush();
    while (this.track && this.track.measured - this.nextSlice > aheadLimit && !this.videoEnded) await this.waitForProgress();
  }

  private videoEnded = false;

  /** The audio pass ended (or failed): frames past its end take digital silence. */
  audioEnded(failed = false): void {
    this.failed = failed;
    this.track?.close();
    this.wake();
  }

  /** The video pass ended: hands over every frame still waiting. */
  async finish(): Promise<void> {
    this.videoEnded = true;
    this.wake();
    await this.flush();
    if (this.windowPending.length > 0) this.foldWindow();
  }

  private foldWindow(): void {
    this.windowSounds.push(foldSounds(this.windowPending));
    this.windowPending = [];
  }

  /** Hands over, in order, every pending frame whose sound is known (one flush at a time). */
  flush(): Promise<void> {
    this.flushing ??= this.handOver().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private flushing: Promise<void> | null = null;

  private async handOver(): Promise<void> {
    let progressed = false;
    while (this.pending.length > 0) {
      const { record, slice } = this.pending[0]!;
      const sound = this.track ? this.track.slice(slice) : null;
      if (this.track && !sound) break;
      this.pending.shift();
      progressed = true;
      const rounded = sound ? roundSound(sound) : null;
      if (rounded) {
        this.windowPending.push({ dominant: rounded.dominant, mix: rounded.mix, rmsDb: rounded.rmsDb });
        if (this.windowPending.length === this.framesPerWindow) this.foldWindow();
        const count = (this.dominantCounts.get(rounded.dominant) ?? 0) + 1;
        this.dominantCounts.set(rounded.dominant, count);
        if (count > this.dominantCount) [this.dominant, this.dominantCount] = [rounded.dominant, count];
      }
      this.nextSlice = slice;
      const handed = this.emit({ ...record, sound: rounded });
      if (handed) await handed;
    }
    this.track?.release(this.nextSlice);
    if (progressed) this.wake();
  }

  private waitForProgress(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
