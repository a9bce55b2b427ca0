import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Output files written under temporary names beside their final paths, then renamed all at once, so a
 * reader never sees a half-written MP4 or an MP4 without its truth file (an interrupted render leaves
 * nothing at `--out`). Beside, not in a temporary directory: a rename within one folder is atomic, across
 * file systems it is a copy.
 */
export class StagedOutputs {
  private readonly staged: { temporary: string; final: string }[] = [];
  private readonly tag = `${process.pid}-${randomBytes(4).toString('hex')}`;

  /**
   * The temporary path to write `final` to: `.<name>.<tag>.partial<ext>` in the same folder. The
   * extension is kept last, so ffmpeg still picks the container from it.
   */
  stage(final: string, extension: string): string {
    const temporary = join(dirname(final), `.${basename(final)}.${this.tag}.partial${extension}`);
    this.staged.push({ temporary, final });
    return temporary;
  }

  /** Takes over a temporary file already being written for `final` (a prepared encoder's MP4), staged last like any other. */
  adopt(temporary: string, final: string): string {
    this.staged.push({ temporary, final });
    return temporary;
  }

  /**
   * Renames every staged file to its final path, in the order staged; stage the file others depend on
   * (the MP4) last, so it appears only when its companions are already there.
   */
  async commit(): Promise<void> {
    for (const { temporary, final } of this.staged) await rename(temporary, final);
    this.staged.length = 0;
  }

  /** Removes whatever staged file exists (after an error or an abort). */
  async discard(): Promise<void> {
    await Promise.all(this.staged.map(({ temporary }) => rm(temporary, { force: true })));
    this.staged.length = 0;
  }
}
