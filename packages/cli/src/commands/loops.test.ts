import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSqliteStore } from '@motionreg/grow';
import { startNodeService } from '@motionreg/service';
import { captureOutput } from '../__fixtures__/capture-output.js';
import { runCli } from '../run-cli.js';

const directories: string[] = [];
function temporaryStore(): { url: string; path: string; directory: string } {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-cli-loops-'));
  directories.push(directory);
  return { url: `sqlite:${join(directory, 'registry.db')}`, path: join(directory, 'registry.db'), directory };
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { out, err } = captureOutput();
  const code = await runCli(['node', 'motionreg', ...argv]);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

describe('the loop commands', () => {
  it('loop: LOOP_EXTRACTION_FOCUS from the environment, --exploit-ratio beside it, a Growth line per job', async () => {
    const { url, directory } = temporaryStore();
    vi.stubEnv('LOOP_EXTRACTION_FOCUS', 'frame');
    const { code, out, err } = await run(['loop', '--runs', '2', '--exploit-ratio', '0', '--worker', 'cli-test', '--seed', '3', '--width', '96', '--height', '64', '--fps', '8', '--duration', '1', '--store', url, '--out', directory]);
    vi.unstubAllEnvs();
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('Growth [frame] job ') && line.includes(' explore '))).toHaveLength(2);
    expect(lines.at(-1)).toBe('cli-test [frame]: 2 completed, 0 failed of 2 runs (0 from the queue, 2 explored, 0 exploited)');
  });

  it('loop --json: one JSON line per job on stdout, the log on stderr; a bad flag is one line', async () => {
    const { url, directory } = temporaryStore();
    const { code, out, err } = await run(['loop', '--runs', '1', '--focus', 'window', '--seed', '4', '--width', '96', '--height', '64', '--fps', '8', '--duration', '1', '--store', url, '--out', directory, '--json']);
    expect(code).toBe(0);
    const reports = out.trim().split('\n').map((line) => JSON.parse(line) as { focus: string; jobId: string });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.focus).toBe('window');
    expect(err).toContain('Growth [window] job ');
    const bad = await run(['loop', '--exploit-ratio', '2', '--store', url]);
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toEqual(['[motionreg:cli] --exploit-ratio 2: must be a number from 0 to 1']);
  });

  it('loop and registry backfill-runs against a local registry service (--store http://…, MOTIONREG_TOKEN)', async () => {
    const { path, directory } = temporaryStore();
    const token = 'cli-loops-test-token';
    const service = await startNodeService({ storeUrl: `sqlite:${path}`, port: 0, token });
    try {
      vi.stubEnv('MOTIONREG_TOKEN', token);
      const looped = await run(['loop', '--runs', '1', '--focus', 'frame', '--seed', '5', '--width', '96', '--height', '64', '--fps', '8', '--duration', '1', '--store', service.url, '--out', directory]);
      const backfilled = await run(['registry', 'backfill-runs', '--store', service.url, '--json']);
      vi.unstubAllEnvs();
      expect(looped.err).toBe('');
      expect(looped.code).toBe(0);
      expect(looped.out).toMatch(/^Growth \[frame\] job /);
      expect(backfilled.code).toBe(0);
      expect(JSON.parse(backfilled.out)).toMatchObject({ learningRuns: [], discoveryRuns: [], after: { missingLearning: 0, missingDiscovery: 0 } });
    } finally {
      vi.unstubAllEnvs();
      await service.close();
    }
    const store = createSqliteStore({ path });
    expect(await store.countJobs()).toMatchObject({ completed: 1, pending: 0, failed: 0 });
    await store.close();
  });

  it('sound-loop grows static sounds; interpret-loop prints its [cycle] lines (no queue: no interpreted line)', async () => {
    const { url } = temporaryStore();
    const sound = await run(['sound-loop', '--runs', '1', '--seed', '2', '--duration', '1', '--store', url]);
    expect(sound.code).toBe(0);
    expect(sound.out).toMatch(/^Sound \[frame\] job .+\nsound loop: 1 completed, 0 failed of 1 runs; static sound \+[1-9]\d* new, 0 counted\n$/);
    const interpreted = await run(['interpret-loop', '--runs', '1', '--seed', '2', '--store', url]);
    expect(interpreted.code).toBe(0);
    // the sound job's prompt was never interpreted: the backfill finds it
    expect(interpreted.out.trim().split('\n').map((line) => line.replace(/:.*$/, ''))).toEqual(['[cycle] backfill', '[cycle] generated', '[cycle] linguistic growth']);
    expect(interpreted.out).toContain('[cycle] backfill: 1 interpreted');
  });
});

describe('the registry maintenance commands', () => {
  it('rename cascades, backfill-names finds nothing to do on a clean registry, backfill-runs closes stale jobs', async () => {
    const { url, path } = temporaryStore();
    expect((await run(['sound-loop', '--runs', '1', '--seed', '2', '--duration', '1', '--store', url])).code).toBe(0);
    const store = createSqliteStore({ path });
    const [sound] = (await store.exportRegistries()).static.sound;
    const job = await store.createJob({ prompt: `more ${sound!.name} please` });
    await store.close();
    const stale = Date.now();

    const renamed = await run(['registry', 'rename', '--from', sound!.name, '--to', 'Harbour Drone', '--store', url]);
    expect(renamed.err).toBe('');
    expect(renamed.out).toContain(`"${sound!.name}" → "Harbour Drone"; cascaded: `);
    expect(renamed.out).toContain('jobs.prompt 1');
    const reopened = createSqliteStore({ path });
    expect((await reopened.getJob(job.id))?.prompt).toBe('more Harbour Drone please');
    await reopened.close();

    const names = await run(['registry', 'backfill-names', '--store', url]);
    expect(names.out).toBe('renamed 0 entries\n');
    // the pending job nobody ran is stale after a second
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1_100 - (Date.now() - stale))));
    const runs = await run(['registry', 'backfill-runs', '--stale', 'fail', '--stale-after', '1', '--store', url, '--json']);
    expect(runs.code).toBe(0);
    const report = JSON.parse(runs.out) as { closed: string[]; after: { stale: unknown[]; failed: { jobId: string }[] } };
    expect(report.closed).toEqual([job.id]);
    expect(report.after.stale).toEqual([]);
    expect(report.after.failed.map((failed) => failed.jobId)).toEqual([job.id]);
    const bad = await run(['registry', 'backfill-runs', '--stale', 'later', '--store', url]);
    expect(bad.err.trim()).toBe('[motionreg:cli] --stale later: must be keep, retry or fail');
  });
});
