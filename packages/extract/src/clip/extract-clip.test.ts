import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deltaE2000Rgb, extractionSchema, MotionregError } from '@motionreg/primitives';
import type { Extraction } from '@motionreg/primitives';
import { makeClip, unitRecipe, unitRecipes } from '../__fixtures__/generated-clips.js';
import type { ClipRecipe } from '../__fixtures__/generated-clips.js';
import { decimationFor, extractClip } from './extract-clip.js';

const extractions = new Map<string, Promise<Extraction>>();
function extractionOf(recipe: ClipRecipe): Promise<Extraction> {
  let pending = extractions.get(recipe.name);
  if (!pending) {
    pending = makeClip(recipe).then((path) => extractClip(path));
    extractions.set(recipe.name, pending);
  }
  return pending;
}

const withAnswer = (key: keyof ClipRecipe['expected']) => unitRecipes.filter((recipe) => recipe.expected[key] !== undefined).map((recipe) => [recipe.name, recipe] as const);

describe('extractClip on clips made by ffmpeg generators (known answers)', () => {
  it.each(unitRecipes.map((recipe) => [recipe.name, recipe] as const))('%s: reads the source and validates', async (_, recipe) => {
    const extraction = await extractionOf(recipe);
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
    const { source } = extraction;
    expect([source.width, source.height, source.fps, source.frameCount, source.hasAudio]).toEqual([
      recipe.expected.width, recipe.expected.height, recipe.expected.fps, recipe.expected.frameCount, recipe.expected.hasAudio,
    ]);
    expect(extraction.frames).toHaveLength(recipe.expected.frameCount);
    for (const frame of extraction.frames) {
      const coverages = frame.colors.map((color) => color.coverage);
      expect(coverages).toEqual([...coverages].sort((a, b) => b - a));
      expect(coverages.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 2);
      expect(frame.sound === null).toBe(!recipe.expected.hasAudio);
    }
  });

  it.each(withAnswer('colors'))('%s: every frame shows the placed colours (ΔE00 ≤ 3) at their coverage (±0.03)', async (_, recipe) => {
    const extraction = await extractionOf(recipe);
    for (const frame of extraction.frames) {
      for (const expected of recipe.expected.colors ?? []) {
        const match = frame.colors.find((color) => deltaE2000Rgb(color.rgb, expected.rgb) <= 3);
        expect(match, `frame ${frame.index} lacks rgb(${expected.rgb.join(',')})`).toBeDefined();
        expect(Math.abs(match!.coverage - expected.coverage)).toBeLessThanOrEqual(0.03);
      }
    }
  });

  it.each(withAnswer('brightness'))('%s: brightness', async (_, recipe) => {
    const extraction = await extractionOf(recipe);
    for (const frame of extraction.frames) expect(Math.abs(frame.brightness - recipe.expected.brightness!)).toBeLessThanOrEqual(0.02);
  });

  it.each(withAnswer('dominantSound'))('%s: the dominant sound of (almost) every frame', async (_, recipe) => {
    const extraction = await extractionOf(recipe);
    const right = extraction.frames.filter((frame) => frame.sound?.dominant === recipe.expected.dominantSound).length;
    // the first and last frame may hold the encoder's priming or padding
    expect(right).toBeGreaterThanOrEqual(extraction.frames.length - 2);
    expect(extraction.summary.dominantSound).toBe(recipe.expected.dominantSound);
  });

  it.each(withAnswer('camera'))('%s: camera type and direction of every window', async (_, recipe) => {
    const extraction = await extractionOf(recipe);
    expect(extraction.windows.length).toBeGreaterThan(0);
    for (const window of extraction.windows) {
      expect({ type: window.camera.type, direction: window.camera.direction }).toEqual(recipe.expected.camera);
    }
  });

  it.each(withAnswer('gradient'))('%s: gradient type of every window', async (_, recipe) => {
    const extraction = await extractionOf(recipe);
    for (const window of extraction.windows) expect(window.gradient.type).toBe(recipe.expected.gradient);
  });

  it.each(withAnswer('cuts'))('%s: hard cuts', async (_, recipe) => {
    expect((await extractionOf(recipe)).cuts).toEqual(recipe.expected.cuts);
  });

  it.each(withAnswer('transitions'))('%s: fades and dissolves, apart from cuts (±2 frames)', async (_, recipe) => {
    const { transitions } = await extractionOf(recipe);
    expect(transitions).toHaveLength(recipe.expected.transitions!.length);
    recipe.expected.transitions!.forEach((expected, index) => {
      const found = transitions[index]!;
      expect(found.type).toBe(expected.type);
      expect(Math.abs(found.startFrame - expected.startFrame)).toBeLessThanOrEqual(2);
      expect(Math.abs(found.endFrame - expected.endFrame)).toBeLessThanOrEqual(2);
    });
  });

  it.each(withAnswer('tempoBpm'))('%s: tempo within 4 % (null without a pulse)', async (_, recipe) => {
    const { audio } = await extractionOf(recipe);
    const expected = recipe.expected.tempoBpm!;
    if (expected === null) expect(audio?.tempoBpm).toBeNull();
    else expect(Math.abs((audio?.tempoBpm ?? 0) - expected) / expected).toBeLessThanOrEqual(0.04);
  });

  it.each(withAnswer('balance'))('%s: composition balance, centre of mass normalised once (0–1)', async (_, recipe) => {
    const extraction = await extractionOf(recipe);
    for (const window of extraction.windows) {
      expect(window.composition.balance).toBe(recipe.expected.balance);
      for (const coordinate of window.composition.centerOfMass) expect(coordinate).toBeGreaterThan(0.05);
    }
  });
});

describe('extractClip', () => {
  it('keeps the intended narrative (from the spec or prompt) apart from the observed one', async () => {
    const path = await makeClip(unitRecipe('flat-red'));
    const plain = await extractClip(path);
    expect(plain.narrative.intended).toBeNull();
    expect(plain.narrative.observed.pace).toBe('still');
    const prompted = await extractClip(path, { prompt: 'a dark documentary about the urban night' });
    expect(prompted.narrative.intended).toMatchObject({ genre: 'documentary', mood: 'dark', settings: ['urban'] });
    expect(prompted.narrative.observed).toEqual(plain.narrative.observed);
  });

  it('names colours after the known colours it is given (CIEDE2000 ≤ 3), else leaves them unnamed', async () => {
    const path = await makeClip(unitRecipe('three-stripes-tone'));
    const named = await extractClip(path, { knownColors: [{ name: 'signal red', rgb: [230, 40, 40], key: 'c1' }] });
    const colors = named.frames[0]!.colors;
    expect(colors[0]).toMatchObject({ name: 'signal red', registryKey: 'c1' });
    expect(colors.slice(1).every((color) => color.name === undefined)).toBe(true);
    for (const color of colors) expect(Object.values(color.depth).reduce((sum, value) => sum + value, 0)).toBeCloseTo(100, 1);
  });

  it('fails with decode_failed for a missing, empty, non-media or truncated file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'motionreg-extract-bad-'));
    const empty = join(directory, 'empty.mp4');
    await writeFile(empty, '');
    const text = join(directory, 'text.mp4');
    await writeFile(text, 'no video here\n'.repeat(40));
    const truncated = join(directory, 'truncated.mp4');
    const whole = await readFile(await makeClip(unitRecipe('three-stripes-tone')));
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    for (const path of [join(directory, 'missing.mp4'), empty, text, truncated]) {
      const error = await extractClip(path).then(() => null, (caught: unknown) => caught);
      expect(MotionregError.isInstance(error), path).toBe(true);
      expect((error as MotionregError).code).toBe('decode_failed');
    }
    await rm(directory, { recursive: true, force: true });
  });

  it('reports progress once per measured frame, in order, with the declared duration', async () => {
    const path = await makeClip(unitRecipe('flat-red'));
    const seen: { frames: number; time: number; durationSeconds: number; expectedFrames: number }[] = [];
    const extraction = await extractClip(path, { onProgress: (progress) => seen.push(progress) });
    expect(seen.map((progress) => progress.frames)).toEqual(extraction.frames.map((_, index) => index + 1));
    expect(seen.map((progress) => progress.time)).toEqual([...seen.map((progress) => progress.time)].sort((a, b) => a - b));
    expect(seen.at(-1)?.durationSeconds).toBeCloseTo(extraction.source.durationSeconds, 1);
    expect(seen.at(-1)?.expectedFrames).toBe(extraction.frames.length);
  });

  it('rejects a window length that is not positive', async () => {
    const path = await makeClip(unitRecipe('flat-red'));
    const error = await extractClip(path, { windowSeconds: 0 }).then(() => null, (caught: unknown) => caught);
    expect((error as MotionregError).code).toBe('invalid_input');
  });

  it('decimates by the smallest step that fits a frame in the sample budget', () => {
    expect(decimationFor(160, 120)).toBe(1);
    expect(decimationFor(320, 240)).toBe(2);
    expect(decimationFor(1280, 720)).toBe(6);
    expect(decimationFor(1920, 1080)).toBe(8);
    expect(decimationFor(322, 242)).toBe(2);
    for (const [width, height] of [[7, 5], [321, 241], [3840, 2160], [1080, 1920]] as const) {
      const step = decimationFor(width, height);
      expect(Math.ceil(width / step) * Math.ceil(height / step)).toBeLessThanOrEqual(32_768);
      if (step > 1) expect(Math.ceil(width / (step - 1)) * Math.ceil(height / (step - 1))).toBeGreaterThan(32_768);
    }
  });
});
