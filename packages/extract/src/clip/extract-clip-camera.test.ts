import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realFootageLabelSchema } from '../eval/score-real-footage.js';
import { extractClip } from './extract-clip.js';

const video = (name: string) => fileURLToPath(new URL(`../../eval-real/videos/${name}`, import.meta.url));

describe('extractClip: camera on real pictures', () => {
  it('reads Ken Burns moves over a photograph (pan, tilt, zoom out, still) in every window inside a shot, and none across a cut', async () => {
    const label = realFootageLabelSchema.parse(JSON.parse(await readFile(video('kenburns-astronaut.json'), 'utf8')));
    const extraction = await extractClip(video('kenburns-astronaut.mp4'));
    expect(extraction.cuts).toEqual(label.cuts);
    for (const window of extraction.windows) {
      const shot = label.shots.find((candidate) => candidate.startFrame <= window.startFrame && window.endFrame <= candidate.endFrame);
      // a window across a cut measures only the frame pairs on either side: it reads one of its two shots
      const shots = shot ? [shot] : label.shots.filter((candidate) => candidate.startFrame <= window.endFrame && window.startFrame <= candidate.endFrame);
      const readings = shots.map((candidate) => `${candidate.camera?.type} ${candidate.camera?.direction}`);
      expect(readings, `window ${window.startFrame}–${window.endFrame}`).toContain(`${window.camera.type} ${window.camera.direction}`);
    }
  });

  it('reads flat title cards whose counter changes every frame as static, through cuts and a fade through black', async () => {
    const extraction = await extractClip(video('title-cards.mp4'));
    expect(extraction.cuts).toEqual([50, 100]);
    expect(extraction.windows.map((window) => window.camera.type)).toEqual(extraction.windows.map(() => 'static'));
  });
});
