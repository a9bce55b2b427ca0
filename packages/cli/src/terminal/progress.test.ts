import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './progress.js';

/** A stream that says it is a terminal (or not), keeping what is written. */
function stream(isTTY: boolean): PassThrough & { isTTY: boolean; columns: number; text(): string } {
  const chunks: string[] = [];
  const target = Object.assign(new PassThrough(), { isTTY, columns: 100, text: () => chunks.join('') });
  target.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return target;
}

describe('createProgressReporter', () => {
  it('draws a bar with counts, the unit, the phase and an ETA on a terminal, and clears it when stopped', () => {
    const terminal = stream(true);
    const progress = createProgressReporter({ label: 'render clip.mp4', total: 120, stream: terminal });
    expect(progress.active).toBe(true);
    progress.update(60, 'video');
    progress.stop();
    const text = terminal.text();
    expect(text).toContain('render clip.mp4');
    expect(text).toContain('60/120 frames (video)');
    expect(text).toContain('ETA');
  });

  it('draws nothing when the stream is not a terminal, or with --json', () => {
    for (const [target, json] of [[stream(false), false], [stream(true), true]] as const) {
      const progress = createProgressReporter({ label: 'extract clip.mp4', total: 10, stream: target, json });
      progress.update(5);
      progress.setTotal(20);
      progress.stop();
      expect(progress.active).toBe(false);
      expect(target.text()).toBe('');
    }
  });
});
