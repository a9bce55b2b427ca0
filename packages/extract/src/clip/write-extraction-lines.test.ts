import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractionLineSchema } from '@motionreg/primitives';
import { makeClip, unitRecipe } from '../__fixtures__/generated-clips.js';
import { extractClip } from './extract-clip.js';
import { writeExtractionLines } from './write-extraction-lines.js';

describe('writeExtractionLines', () => {
  it('writes every frame and window as it goes, then the whole-clip record, the same as extractClip keeps', async () => {
    const path = await makeClip(unitRecipe('three-stripes-tone'));
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const last = await writeExtractionLines(path, output);
    output.end();
    const lines = chunks.join('').trim().split('\n').map((line) => extractionLineSchema.parse(JSON.parse(line)));
    const whole = await extractClip(path);
    const frames = lines.filter((line) => line.type === 'frame').map(({ type: _, ...frame }) => frame);
    const windows = lines.filter((line) => line.type === 'window').map(({ type: _, ...window }) => window);
    expect(frames).toEqual(whole.frames);
    expect(windows).toEqual(whole.windows);
    expect(lines.at(-1)?.type).toBe('extraction');
    expect(last.frames).toEqual([]);
    expect(last.parameters?.framesStreamed).toBe(true);
    expect({ ...last, frames: whole.frames, windows: whole.windows, parameters: whole.parameters }).toEqual(whole);
  });
});
