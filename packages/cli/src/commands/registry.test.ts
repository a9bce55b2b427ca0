import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditRegistryExport, createSqliteStore, growFromExtraction } from '@motionreg/grow';
import { buildExtraction, buildSceneSpec } from '@motionreg/grow/testing';
import { extractClip } from '@motionreg/extract';
import { renderClip } from '@motionreg/render';
import { diagnosticsSchema, registryExportSchema, sceneSpecSchema } from '@motionreg/primitives';
import type { CameraMotion, GradientType, SceneSpec } from '@motionreg/primitives';
import { runCli } from '../run-cli.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  return { out, err };
}

async function seededStore(): Promise<{ url: string; cleanup: () => void }> {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-cli-registry-'));
  const path = join(directory, 'registry.db');
  const store = createSqliteStore({ path });
  await growFromExtraction(store, buildExtraction({ seed: 1 }), null, { jobId: 'job-1', prompt: 'a calm teal drift' });
  await store.createJob({ id: 'crashed', prompt: 'crashed after extraction' });
  await store.updateJob('crashed', { status: 'extracted' });
  await store.close();
  return { url: `sqlite:${path}`, cleanup: () => rmSync(directory, { recursive: true, force: true }) };
}

describe('motionreg registry', () => {
  afterEach(() => vi.restoreAllMocks());

  it('export prints every registry as JSON', async () => {
    const { url, cleanup } = await seededStore();
    const { out } = capture();
    const code = await runCli(['node', 'motionreg', 'registry', 'export', '--store', url]);
    vi.restoreAllMocks();
    cleanup();
    expect(code).toBe(0);
    const document = registryExportSchema.parse(JSON.parse(out.join('')));
    expect(document.static.colors.length).toBeGreaterThan(0);
    expect(document.dynamic.camera.length).toBeGreaterThan(0);
    expect(document.totals.jobs).toBe(2);
  });

  it('diagnostics --json reports missing runs, and --backfill brings them to zero', async () => {
    const { url, cleanup } = await seededStore();
    let captured = capture();
    expect(await runCli(['node', 'motionreg', 'registry', 'diagnostics', '--store', url, '--json'])).toBe(0);
    const before = diagnosticsSchema.parse(JSON.parse(captured.out.join('')));
    expect(before).toMatchObject({ missingLearning: 1, missingDiscovery: 1 });
    vi.restoreAllMocks();

    captured = capture();
    expect(await runCli(['node', 'motionreg', 'registry', 'diagnostics', '--store', url, '--backfill'])).toBe(0);
    expect(captured.out.join('')).toContain('backfilled 1 learning and 1 discovery runs');
    vi.restoreAllMocks();

    captured = capture();
    expect(await runCli(['node', 'motionreg', 'registry', 'diagnostics', '--store', url, '--json', '--last', '5'])).toBe(0);
    vi.restoreAllMocks();
    cleanup();
    expect(JSON.parse(captured.out.join(''))).toMatchObject({ last: 5, missingLearning: 0, missingDiscovery: 0 });
  });

  it('fails with one line for a bad store url or --last', async () => {
    const { err } = capture();
    expect(await runCli(['node', 'motionreg', 'registry', 'export', '--store', 'postgres://nope'])).toBe(1);
    expect(await runCli(['node', 'motionreg', 'registry', 'diagnostics', '--store', 'memory:', '--last', 'ten'])).toBe(1);
    expect(await runCli(['node', 'motionreg', 'registry', 'export', '--store', 'd1://a/b'])).toBe(1);
    vi.restoreAllMocks();
    expect(err).toHaveLength(3);
    for (const line of err) expect(line).toMatch(/^\[motionreg:(grow|cli)\] .+\n$/);
  });

  it('export and diagnostics never create a store: a missing SQLite file is one line naming it, and stays missing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-cli-registry-'));
    try {
      const path = join(directory, 'nothing-here', 'registry.db');
      const { out, err } = capture();
      expect(await runCli(['node', 'motionreg', 'registry', 'export', '--store', `sqlite:${path}`])).toBe(1);
      expect(await runCli(['node', 'motionreg', 'registry', 'diagnostics', '--store', `sqlite:${path}`, '--json'])).toBe(1);
      expect(await runCli(['node', 'motionreg', 'registry', 'export', '--store', `sqlite:${directory}`])).toBe(1);
      vi.restoreAllMocks();
      expect(out.join('')).toBe('');
      expect(err).toEqual([
        `[motionreg:cli] no registry at ${path} (store sqlite:${path}): nothing to read\n`,
        `[motionreg:cli] no registry at ${path} (store sqlite:${path}): nothing to read\n`,
        `[motionreg:cli] store sqlite:${directory} names a folder, not a SQLite file\n`,
      ]);
      expect(existsSync(join(directory, 'nothing-here'))).toBe(false);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

/** A spec with pure colours and pure sounds, moving the camera as asked. */
function specFor(prompt: string, camera: CameraMotion, gradient: GradientType, seed: number): SceneSpec {
  const base = buildSceneSpec(prompt, ['Teal', 'Amber']);
  const source = { kind: 'origin', domain: 'test' } as const;
  return sceneSpecSchema.parse({
    ...base,
    seed,
    camera: { ...base.camera, motion: camera, speed: 'medium' },
    gradient,
    pureColors: [
      { name: 'teal', rgb: [0, 128, 128], weight: 2, source },
      { name: 'orange', rgb: [255, 165, 0], weight: 1, source },
      { name: 'navy', rgb: [0, 0, 128], weight: 1, source },
    ],
    pureSounds: [
      { name: 'rumble', primitive: 'rumble', frequencyHz: 60, bandwidthHz: 140, amplitude: 0.5, weight: 1, source },
      { name: 'tone', primitive: 'tone', frequencyHz: 440, bandwidthHz: 0, amplitude: 0.4, weight: 1, source },
    ],
  });
}

describe('registries grown from rendered clips', () => {
  afterEach(() => vi.restoreAllMocks());

  it('export dynamic gradient and camera entries, a depth summing to 100 on every colour, unique digit-free names', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-cli-pipeline-'));
    const path = join(directory, 'registry.db');
    try {
      const store = createSqliteStore({ path });
      const clips = [['a slow pan over teal water', 'pan', 'vertical'], ['zoom into a radial glow', 'zoom', 'radial'], ['tilt up past amber light', 'tilt', 'horizontal']] as const;
      for (const [index, [prompt, camera, gradient]] of clips.entries()) {
        const spec = specFor(prompt, camera, gradient, index + 1);
        const job = await store.createJob({ prompt });
        const { out } = await renderClip(spec, { out: join(directory, `clip-${index}.mp4`), width: 160, height: 120, fps: 24, durationSeconds: 2 });
        await store.updateJob(job.id, { status: 'rendered', clipPath: out });
        const extraction = await extractClip(out, { spec, prompt });
        await store.updateJob(job.id, { status: 'extracted' });
        const outcome = await growFromExtraction(store, extraction, spec, { jobId: job.id, focus: 'all', prompt });
        expect(outcome.alreadyRecorded).toBe(false);
        expect((await growFromExtraction(store, extraction, spec, { jobId: job.id, focus: 'all', prompt })).alreadyRecorded).toBe(true);
      }
      await store.close();

      const { out } = capture();
      expect(await runCli(['node', 'motionreg', 'registry', 'export', '--store', `sqlite:${path}`])).toBe(0);
      vi.restoreAllMocks();
      const document = registryExportSchema.parse(JSON.parse(out.join('')));
      expect(document.dynamic.gradient.length).toBeGreaterThan(0);
      expect(document.dynamic.camera.length).toBeGreaterThan(0);
      expect(document.dynamic.camera.map((entry) => entry.value.type)).toEqual(expect.arrayContaining(['pan']));
      expect(document.static.colors.length).toBeGreaterThan(0);
      for (const color of document.static.colors) expect(Object.values(color.depth).reduce((sum, pct) => sum + pct, 0)).toBeCloseTo(100, 2);
      expect(auditRegistryExport(document)).toEqual([]);
      expect(document.totals).toMatchObject({ jobs: 3, learningRuns: 3, discoveryRuns: 3 });

      const captured = capture();
      expect(await runCli(['node', 'motionreg', 'registry', 'diagnostics', '--store', `sqlite:${path}`, '--json'])).toBe(0);
      vi.restoreAllMocks();
      expect(JSON.parse(captured.out.join(''))).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
