import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '@motionreg/media';
import { MotionregError, clipTruthSchema } from '@motionreg/primitives';
import type { CameraMotion, PureSound, SceneSpec } from '@motionreg/primitives';
import { decodeAudio, decodeVideoFrames } from '../__fixtures__/decode-clip.js';
import { frameFidelity } from '../__fixtures__/color-fidelity.js';
import { originSounds, sceneSpecFixture } from '../__fixtures__/scene-spec.js';
import { bandShare, flatness, peakHz, powerSpectrum, rmsDb } from '../__fixtures__/spectrum.js';
import { ClipFrameSource } from './clip-frame-source.js';
import { renderClip } from './render-clip.js';

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'motionreg-render-test-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** ffprobe's JSON when an ffprobe is on PATH (none on the development machine; CI may have one). */
async function ffprobe(path: string): Promise<Record<string, unknown> | null> {
  const found = (process.env.PATH ?? '').split(delimiter).map((folder) => join(folder, 'ffprobe')).find((candidate) => existsSync(candidate));
  if (!found) return null;
  const { stdout } = await execa(found, ['-v', 'error', '-count_frames', '-show_streams', '-of', 'json', path]);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('renderClip: the file', () => {
  it('is H.264 4:2:0 + AAC at the requested size, fps and frame count, with faststart', async () => {
    const out = join(directory, 'probe.mp4');
    const { truth, truthPath } = await renderClip(sceneSpecFixture({ camera: { motion: 'pan', speed: 'medium', steadiness: 'stable' } }), {
      out, width: 320, height: 240, fps: 24, durationSeconds: 2,
    });
    const probe = await probeMedia(out);
    expect(probe.video).toMatchObject({ codec: 'h264', width: 320, height: 240, fps: 24, frameCount: 48 });
    // 8-bit 4:2:0 (yuv420p); ffmpeg names it yuvj420p because the stream signals full range (see encoder-settings)
    expect(probe.video!.pixelFormat).toMatch(/^yuvj?420p$/);
    expect(probe.audio).toMatchObject({ codec: 'aac', sampleRate: 48_000, channels: 1 });
    expect(probe.durationSeconds).toBeCloseTo(2, 1);
    // faststart: the moov atom comes before mdat
    const bytes = await readFile(out);
    expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'));
    // the truth next to the clip parses and describes every frame
    const written = clipTruthSchema.parse(JSON.parse(await readFile(truthPath, 'utf8')));
    expect(written).toEqual(truth);
    expect(truth.frames).toHaveLength(48);
    expect(truth.audioFrames).toHaveLength(48);
    expect(truthPath).toBe(join(directory, 'probe.truth.json'));
    const probed = await ffprobe(out);
    if (probed) {
      const streams = probed.streams as { codec_type: string; codec_name: string; width?: number; height?: number; nb_read_frames?: string }[];
      const video = streams.find((stream) => stream.codec_type === 'video')!;
      expect([video.codec_name, video.width, video.height, video.nb_read_frames]).toEqual(['h264', 320, 240, '48']);
      expect(streams.find((stream) => stream.codec_type === 'audio')!.codec_name).toBe('aac');
    } else {
      console.info('[render test] no ffprobe on PATH: probed with ffmpeg itself (probeMedia) only');
    }
  });

  it('also writes PNG stills and a WAV when asked', async () => {
    const out = join(directory, 'extras.mp4');
    const { stillPaths, wavPath } = await renderClip(sceneSpecFixture(), { out, width: 64, height: 48, fps: 12, durationSeconds: 1, stills: [0, 5, 99], wav: true });
    expect(stillPaths).toEqual([join(directory, 'extras.frame-000000.png'), join(directory, 'extras.frame-000005.png')]);
    for (const path of stillPaths) expect((await readFile(path)).subarray(1, 4).toString()).toBe('PNG');
    const wav = await readFile(wavPath!);
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    // 16-bit mono at 48 kHz for 1 s: 96,000 bytes of samples after a 44-byte header
    expect(wav.length).toBe(44 + 96_000);
  });

  it('rejects bad options with invalid_input and a missing ffmpeg with ffmpeg_not_found', async () => {
    const out = join(directory, 'bad.mp4');
    const codeOf = async (run: Promise<unknown>) => run.then(() => 'resolved', (error: unknown) => (MotionregError.isInstance(error) ? error.code : 'other'));
    expect(await codeOf(renderClip(sceneSpecFixture(), { out, width: 321 }))).toBe('invalid_input');
    expect(await codeOf(renderClip(sceneSpecFixture(), { out, crf: 30 }))).toBe('invalid_input');
    expect(await codeOf(renderClip(sceneSpecFixture({ pureColors: [] }), { out }))).toBe('invalid_input');
    expect(await codeOf(renderClip({ ...sceneSpecFixture(), seed: -1 }, { out }))).toBe('invalid_input');
    expect(await codeOf(renderClip(sceneSpecFixture(), { out, ffmpegPath: join(directory, 'no-ffmpeg') }))).toBe('ffmpeg_not_found');
    expect(await codeOf(renderClip(sceneSpecFixture(), { out: join(directory, 'no-such-folder', 'clip.mp4'), width: 64, height: 48 }))).toBe('encode_failed');
  });
});

describe('renderClip: blended mode', () => {
  it('encodes a gradient clip with a dissolve, whose frames the truth marks as blends', async () => {
    const spec = sceneSpecFixture({
      creationMode: 'blended',
      pureColors: [],
      gradient: 'radial',
      shape: 'circle',
      lighting: { preset: 'golden_hour', temperature: 'warm', contrast: 'normal' },
      camera: { motion: 'zoom', speed: 'medium', steadiness: 'stable' },
      temporal: { cutFrequency: 'normal', cuts: [{ atSeconds: 0.5, transition: 'dissolve', durationSeconds: 0.25 }] },
    });
    const { out, truth } = await renderClip(spec, { out: join(directory, 'blended.mp4'), width: 160, height: 96, fps: 24, durationSeconds: 1 });
    const probe = await probeMedia(out);
    expect(probe.video?.frameCount).toBe(24);
    expect(truth.frames.every((frame) => !frame.exact && frame.colors.length === 0 && frame.gradient === 'radial')).toBe(true);
    expect(truth.transitions).toEqual([{ type: 'dissolve', startFrame: 9, endFrame: 15 }]);
    expect(truth.shots).toHaveLength(2);
  });
});

describe('renderClip: determinism', () => {
  const spec = sceneSpecFixture({
    seed: 42,
    camera: { motion: 'zoom', speed: 'fast', steadiness: 'stable' },
    temporal: { cutFrequency: 'normal', cuts: [{ atSeconds: 0.5, transition: 'cut', durationSeconds: 0 }] },
  });
  const options = { width: 160, height: 96, fps: 24, durationSeconds: 1 };

  it('gives identical truth, identical bytes and identical decoded frames for the same spec and seed', async () => {
    const first = await renderClip(spec, { ...options, out: join(directory, 'same-a.mp4') });
    const second = await renderClip(spec, { ...options, out: join(directory, 'same-b.mp4') });
    expect({ ...second.truth, clip: '' }).toEqual({ ...first.truth, clip: '' });
    expect(sha256(await readFile(second.out))).toBe(sha256(await readFile(first.out)));
    const framesA = await decodeVideoFrames(first.out, 160, 96);
    const framesB = await decodeVideoFrames(second.out, 160, 96);
    expect(framesA).toHaveLength(24);
    expect(framesB.map(sha256)).toEqual(framesA.map(sha256));
  });

  it('places colours differently for a different seed', async () => {
    const first = await renderClip(spec, { ...options, out: join(directory, 'seed-a.mp4') });
    const other = await renderClip({ ...spec, seed: 43 }, { ...options, out: join(directory, 'seed-b.mp4') });
    const framesA = await decodeVideoFrames(first.out, 160, 96);
    const framesB = await decodeVideoFrames(other.out, 160, 96);
    framesA.forEach((frame, index) => expect(sha256(frame)).not.toBe(sha256(framesB[index]!)));
    const shares = (truth: typeof first.truth) => truth.frames.map((frame) => frame.colors.map((color) => `${color.name}:${color.share.toFixed(4)}`).join());
    expect(shares(other.truth)).not.toEqual(shares(first.truth));
  });
});

describe('renderClip: every placed colour survives encoding', () => {
  const cases: { motion: CameraMotion; extra?: Partial<SceneSpec> }[] = [
    { motion: 'static' }, { motion: 'pan' }, { motion: 'tilt' }, { motion: 'zoom' }, { motion: 'zoom_out' },
    { motion: 'rotate' }, { motion: 'handheld' }, { motion: 'whip_pan' },
    { motion: 'arc', extra: { temporal: { cutFrequency: 'fast', cuts: [{ atSeconds: 0.5, transition: 'wipe', durationSeconds: 0.25 }] } } },
  ];
  it.each(cases)('within ΔE00 ≤ 3 over ≥ 99 % of each colour’s area in every exact frame ($motion)', async ({ motion, extra }) => {
    const width = 320;
    const height = 240;
    const spec = sceneSpecFixture({ seed: 5, camera: { motion, speed: 'fast', steadiness: 'shaky' }, ...extra });
    const { out, truth } = await renderClip(spec, { out: join(directory, `fidelity-${motion}.mp4`), width, height, fps: 24, durationSeconds: 1 });
    const decoded = await decodeVideoFrames(out, width, height);
    expect(decoded).toHaveLength(truth.frames.length);
    const source = new ClipFrameSource({ spec, width, height, fps: 24, frameCount: truth.frames.length, cellSize: 16 });
    const rendered = new Uint8Array(width * height * 3);
    const memo = new Map<string, number>();
    let checked = 0;
    for (const frame of truth.frames) {
      source.renderFrame(frame.index, rendered);
      if (!frame.exact) continue;
      const fidelity = frameFidelity(rendered, decoded[frame.index]!, 3, memo);
      expect(fidelity.worstShare, `frame ${frame.index}, colour ${fidelity.worstColor}`).toBeGreaterThanOrEqual(0.99);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('renderClip: the rendered audio, decoded from the MP4', () => {
  const single = (sound: PureSound, presence: SceneSpec['audio']['presence'] = 'ambient') =>
    sceneSpecFixture({ pureSounds: [sound], audio: { mood: 'neutral', tempo: 'medium', presence, bpm: null } });
  const sound = (primitive: PureSound['primitive']) => originSounds.find((candidate) => candidate.primitive === primitive)!;
  const render = async (name: string, spec: SceneSpec) => {
    const { out, truth } = await renderClip(spec, { out: join(directory, `${name}.mp4`), width: 64, height: 48, fps: 24, durationSeconds: 1 });
    const samples = await decodeAudio(out);
    // skip the first and last frames, where the AAC encoder's priming and padding sit
    return truth.audioFrames.slice(2, -2).map((frame) => ({ frame, slice: samples.subarray(frame.startSample, frame.endSample) }));
  };

  it('a frame of pure hiss has a flat high-frequency spectrum', async () => {
    for (const { frame, slice } of await render('hiss', single(sound('hiss')))) {
      const spectrum = powerSpectrum(slice, 48_000);
      expect(frame.dominant).toBe('hiss');
      expect(bandShare(spectrum, 3000, 14000)).toBeGreaterThan(0.9);
      expect(flatness(spectrum, 4500, 11000)).toBeGreaterThan(0.35);
    }
  });

  it('a frame of rumble has its energy below 200 Hz', async () => {
    for (const { frame, slice } of await render('rumble', single(sound('rumble')))) {
      expect(frame.dominant).toBe('rumble');
      expect(bandShare(powerSpectrum(slice, 48_000), 0, 200)).toBeGreaterThan(0.9);
    }
  });

  it('a frame of tone has its dominant spectral peak at its frequency', async () => {
    for (const { frame, slice } of await render('tone', single({ ...sound('tone'), frequencyHz: 523.25 }))) {
      const spectrum = powerSpectrum(slice, 48_000);
      expect(frame.dominant).toBe('tone');
      expect(Math.abs(peakHz(spectrum) - 523.25)).toBeLessThanOrEqual(spectrum.binHz);
    }
  });

  it('silence is below −60 dBFS', async () => {
    for (const { frame, slice } of await render('silence', sceneSpecFixture({ audio: { mood: 'neutral', tempo: 'medium', presence: 'silence', bpm: null } }))) {
      expect(frame.dominant).toBe('silence');
      expect(rmsDb(slice)).toBeLessThan(-60);
    }
  });

  it('in a mixed clip, the primitive the truth calls dominant carries the decoded frame', async () => {
    const frames = await render('mixed', sceneSpecFixture({ seed: 3, audio: { mood: 'uplifting', tempo: 'fast', presence: 'full', bpm: 140 } }));
    for (const { frame, slice } of frames) {
      const spectrum = powerSpectrum(slice, 48_000);
      if (frame.dominant === 'rumble') expect(bandShare(spectrum, 0, 200)).toBeGreaterThan(0.5);
      if (frame.dominant === 'hiss') expect(bandShare(spectrum, 2000, 20000)).toBeGreaterThan(0.5);
      if (frame.dominant === 'tone') {
        const lead = frame.sounds.find((candidate) => candidate.lead)!;
        expect(Math.abs(peakHz(spectrum, 200) - lead.frequencyHz)).toBeLessThanOrEqual(spectrum.binHz);
      }
    }
  });
});
