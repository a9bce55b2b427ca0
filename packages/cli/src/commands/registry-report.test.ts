import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSqliteStore, growFromExtraction } from '@motionreg/grow';
import { buildExtraction, buildSceneSpec } from '@motionreg/grow/testing';
import { captureOutput } from '../__fixtures__/capture-output.js';
import { runCli } from '../run-cli.js';

let directory: string;
let url: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'motionreg-cli-report-'));
  const store = createSqliteStore({ path: join(directory, 'registry.db') });
  const job = await store.createJob({ prompt: 'a calm <script>teal</script> drift' });
  await growFromExtraction(store, buildExtraction({ seed: 2 }), buildSceneSpec('a calm teal drift'), { jobId: job.id, prompt: job.prompt });
  await store.close();
  url = `sqlite:${join(directory, 'registry.db')}`;
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('motionreg registry report', () => {
  it('writes the page and says where, in one line', async () => {
    const out = join(directory, 'site', 'report.html');
    const captured = captureOutput();
    const code = await runCli(['node', 'motionreg', 'registry', 'report', '--store', url, '--out', out, '--no-thumbnails']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(captured.out.join('')).toMatch(new RegExp(`^wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ KB: \\d+ entries, frames from 0 clips\\)\\n$`));
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('a calm &lt;script&gt;teal&lt;/script&gt; drift');
  });

  it('--json prints what was written', async () => {
    const captured = captureOutput();
    expect(await runCli(['node', 'motionreg', 'registry', 'report', '--store', url, '--out', join(directory, 'r.html'), '--no-thumbnails', '--json'])).toBe(0);
    vi.restoreAllMocks();
    expect(JSON.parse(captured.out.join(''))).toMatchObject({ path: join(directory, 'r.html'), clips: 0, skippedClips: [] });
  });

  it('never creates a store: a missing SQLite file is one line naming it, and nothing is written', async () => {
    const missing = join(directory, 'nothing-here.db');
    const out = join(directory, 'never.html');
    const captured = captureOutput();
    const code = await runCli(['node', 'motionreg', 'registry', 'report', '--store', `sqlite:${missing}`, '--out', out]);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(captured.err.join('')).toMatch(/^\[motionreg:cli\] no registry at .*nothing-here\.db[^\n]*\n$/);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a bad number in one line', async () => {
    const captured = captureOutput();
    expect(await runCli(['node', 'motionreg', 'registry', 'report', '--store', url, '--max-clips', 'many'])).toBe(1);
    vi.restoreAllMocks();
    expect(captured.err.join('')).toBe('[motionreg:cli] --max-clips many: must be a whole number ≥ 0\n');
  });
});
