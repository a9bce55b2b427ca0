/**
 * Peak memory of `renderClip` for 1280×720 at 30 fps for 10 s (300 frames, with audio): the render runs in a
 * fresh Node process whose peak resident set size (`process.resourceUsage().maxRSS`) is reported. Frames
 * stream into ffmpeg, whose own process is separate and not counted. Target: ≤ 300 MB.
 *
 * Run after `npm run build`: `npx tsx packages/render/bench/render-memory.bench.ts [--seconds S]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { sceneSpecFixture } from '../src/__fixtures__/scene-spec.js';
import { benchOption, writeSummary } from '@motionreg/primitives/bench';

const seconds = benchOption('seconds', 10);
const directory = await mkdtemp(join(tmpdir(), 'motionreg-render-memory-'));
const spec = sceneSpecFixture({
  seed: 99,
  camera: { motion: 'rotate', speed: 'medium', steadiness: 'stable' },
  temporal: { cutFrequency: 'rare', cuts: [{ atSeconds: seconds / 2, transition: 'dissolve', durationSeconds: 0.5 }] },
  audio: { mood: 'dark', tempo: 'fast', presence: 'full', bpm: 140 },
});
const script = `
const { renderClip } = await import('@motionreg/render');
const started = performance.now();
const { truth } = await renderClip(${JSON.stringify(spec)}, { out: ${JSON.stringify(join(directory, 'memory.mp4'))}, width: 1280, height: 720, fps: 30, durationSeconds: ${seconds} });
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, frames: truth.frames.length, ms: performance.now() - started }));
`;
const child = await execa(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('..', import.meta.url).pathname });
await rm(directory, { recursive: true, force: true });
const measured = JSON.parse(child.stdout) as { maxRssKb: number; frames: number; ms: number };
const peakMb = measured.maxRssKb / 1024;
const target = 300;
const pass = peakMb <= target && measured.frames === Math.round(seconds * 30);
writeSummary({ bench: `render-memory-720p30-${seconds}s`, peakRssMb: Math.round(peakMb), target, pass, frames: measured.frames, renderMs: Math.round(measured.ms) });
process.exit(pass ? 0 : 1);
