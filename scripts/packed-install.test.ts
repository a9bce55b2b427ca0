import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * What a user of the published packages gets: every package packed with `npm pack`, the tarballs
 * installed into an empty project outside the workspace, then the pipeline run from an ESM script
 * and interpret from a CommonJS `require` script. Needs the build (`dist/`); without it the test
 * skips and says so, unless MOTIONREG_REQUIRE_PACKED=1 (CI, after its build step) makes that a failure.
 */
const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;

const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((directory) => existsSync(join(directory, 'package.json')))
  .map((directory) => ({ directory, manifest: z.object({ name: z.string(), private: z.boolean().optional(), exports: z.record(z.string(), z.unknown()), peerDependencies: z.record(z.string(), z.string()).optional() }).parse(JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'))) }))
  .filter(({ manifest }) => manifest.private !== true);
const unbuilt = packages.filter(({ directory }) => !existsSync(join(directory, 'dist'))).map(({ manifest }) => manifest.name);
const mustRun = process.env.MOTIONREG_REQUIRE_PACKED === '1';
if (unbuilt.length > 0 && !mustRun) {
  console.warn(`[packed-install test] SKIPPED: no dist/ in ${unbuilt.join(', ')}; run \`npm run build\` first`);
}

/**
 * Every entry a consumer can load, as a specifier (`@motionreg/grow`, `@motionreg/grow/sql`, ...). A
 * `./testing` entry of a package with vitest as its (optional) peer is left out: it is the test
 * runner's plug-in and loads only where vitest is installed, which this empty project is not.
 */
const specifiers = packages.flatMap(({ manifest }) =>
  Object.keys(manifest.exports)
    .filter((key) => key !== './package.json' && !(key === './testing' && manifest.peerDependencies?.vitest !== undefined))
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`)),
);

const esmScript = `
import { interpret } from '@motionreg/interpret';
import { buildSpec } from '@motionreg/create';
import { renderClip } from '@motionreg/render';
import { extractClip } from '@motionreg/extract';
import { createMemoryStore, growFromExtraction } from '@motionreg/grow';
import { renderReportHtml } from '@motionreg/report';

const prompt = 'a slow pan over a calm teal sea at dusk';
const store = createMemoryStore();
const instruction = interpret(prompt);
const spec = buildSpec(instruction, await store.getKnowledge(), { seed: 3, mode: 'explore' });
const { out } = await renderClip(spec, { out: process.argv[2], width: 160, height: 120, fps: 12, durationSeconds: 1 });
const extraction = await extractClip(out, { spec, prompt });
const growth = await growFromExtraction(store, extraction, spec, { jobId: 'packed-1', focus: 'all', prompt });
const html = renderReportHtml({ export: await store.exportRegistries(), diagnostics: await store.diagnostics() });
console.log(JSON.stringify({ camera: instruction.camera.motion, frames: extraction.frames.length, added: growth.discoveryRun.added, page: html.startsWith('<!doctype html>') }));
`;

const cjsScript = `
const { interpret } = require('@motionreg/interpret');
const loaded = JSON.parse(process.argv[2]).filter((specifier) => typeof require(specifier) === 'object');
const instruction = interpret('proper calm vibes, slow pan over a dreich loch, no music');
console.log(JSON.stringify({ camera: instruction.camera.motion, loaded: loaded.length }));
`;

let directory: string;
let consumer: string;

describe.skipIf(unbuilt.length > 0 && !mustRun)('the packed packages, installed outside the workspace', () => {
  beforeAll(async () => {
    if (unbuilt.length > 0) throw new Error(`no dist/ in ${unbuilt.join(', ')}: build before this test (MOTIONREG_REQUIRE_PACKED=1)`);
    directory = await mkdtemp(join(tmpdir(), 'motionreg-packed-'));
    const tarballs = join(directory, 'tarballs');
    consumer = join(directory, 'consumer');
    await mkdir(tarballs);
    await mkdir(consumer);
    // why: --ignore-scripts packs dist/ as built; no package script may rebuild or change it while packing.
    const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tarballs, ...packages.map(({ directory: packageDirectory }) => packageDirectory)], { cwd: root, maxBuffer: 1 << 26 });
    const files = z.array(z.object({ filename: z.string() })).parse(JSON.parse(packed.stdout)).map(({ filename }) => join(tarballs, filename.replace(/^@[^/]+\//, '').replace('/', '-')));
    expect(files).toHaveLength(packages.length);
    await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'packed-consumer', private: true, version: '0.0.0' }));
    const install = ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel', 'error', ...files];
    try {
      // why: the registry's packages come from npm's cache when they are there (no network needed);
      await run('npm', [...install, '--offline'], { cwd: consumer, maxBuffer: 1 << 26 });
    } catch (error) {
      // a cold cache (a fresh CI machine) needs the registry, which is reachable there.
      console.warn(`[packed-install test] offline install failed (${String(error).split('\n')[0]}); installing from the registry`);
      await run('npm', [...install, '--prefer-offline'], { cwd: consumer, maxBuffer: 1 << 26 });
    }
  }, 240_000);

  afterAll(async () => {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  });

  it('runs interpret → create → render → extract (and grow, and the report) from an ESM script', async () => {
    await writeFile(join(consumer, 'pipeline.mjs'), esmScript);
    const { stdout } = await run(process.execPath, ['pipeline.mjs', join(consumer, 'clip.mp4')], { cwd: consumer });
    const result = z.object({ camera: z.string(), frames: z.number(), added: z.number(), page: z.boolean() }).parse(JSON.parse(stdout));
    expect(result.camera).toBe('pan');
    expect(result.frames).toBe(12);
    expect(result.added).toBeGreaterThan(0);
    expect(result.page).toBe(true);
    expect(existsSync(join(consumer, 'clip.mp4'))).toBe(true);
  }, 120_000);

  it('runs interpret from a CommonJS require script, and every entry of every package loads with require()', async () => {
    await writeFile(join(consumer, 'interpret.cjs'), cjsScript);
    const { stdout, stderr } = await run(process.execPath, ['interpret.cjs', JSON.stringify(specifiers)], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual({ camera: 'pan', loaded: specifiers.length });
    expect(stderr).not.toMatch(/ERR_/);
  }, 60_000);

  it('installs the motionreg command', async () => {
    const { stdout } = await run(join(consumer, 'node_modules', '.bin', 'motionreg'), ['--version'], { cwd: consumer });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);
});
