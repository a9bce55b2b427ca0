import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSqliteStore, growFromExtraction } from '@motionreg/grow';
import { buildExtraction } from '@motionreg/grow/testing';
import { diagnosticsSchema, registryExportSchema } from '@motionreg/primitives';
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
});
