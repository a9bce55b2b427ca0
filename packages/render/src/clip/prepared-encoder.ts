import { rm } from 'node:fs/promises';
import type { FrameEncoder } from '../encode/frame-encoder.js';

/** What a prepared encoder was started for; {@link renderClip} adopts it only when its own settings are the same. */
export interface PreparedSettings {
  out: string;
  width: number;
  height: number;
  fps: number;
  crf: number;
  preset: string;
  ffmpegPath: string;
}

/**
 * An ffmpeg started before its clip's spec is known (see `prepareEncoder`), waiting for frames. ffmpeg's own
 * start-up (its shared libraries, argument parsing) takes about 0.1 s on a loaded machine; started before the
 * prompt is interpreted, it is ready when the first frame is. Hand it to `renderClip` (option `prepared`), which
 * adopts it once; whoever prepared it calls {@link abort} when the render never happens (a no-op once adopted).
 */
export class PreparedEncoder {
  private adopted = false;

  /** @internal created by `prepareEncoder` */
  constructor(readonly settings: PreparedSettings, readonly temporary: string, private readonly encoder: FrameEncoder) {}

  /** The running encoder and its temporary MP4 when `settings` are what it was started for, else null (it is then stopped). */
  async adopt(settings: PreparedSettings): Promise<{ encoder: FrameEncoder; temporary: string } | null> {
    if (this.adopted) return null;
    const same = (Object.keys(settings) as (keyof PreparedSettings)[]).every((key) => settings[key] === this.settings[key]);
    if (!same) {
      await this.abort();
      return null;
    }
    this.adopted = true;
    return { encoder: this.encoder, temporary: this.temporary };
  }

  /** Stops the waiting ffmpeg and removes its temporary file, unless a render adopted it. */
  async abort(): Promise<void> {
    if (this.adopted) return;
    this.adopted = true;
    await this.encoder.abort();
    await rm(this.temporary, { force: true });
  }
}
