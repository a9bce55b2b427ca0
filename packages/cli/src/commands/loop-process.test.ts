import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { expect, it } from 'vitest';
import { createSqliteStore } from '@motionreg/grow';

// why: a whole process from the sources (tsx reads the root tsconfig's paths), as a user runs a worker.
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = join(repositoryRoot, 'packages/cli/src/bin.ts');

it('motionreg loop --runs 0 runs until SIGINT, then finishes or fails its current job cleanly and exits 130', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'motionreg-cli-loop-process-'));
  try {
    const path = join(directory, 'registry.db');
    const child = execa(process.execPath, ['--import', 'tsx', bin, 'loop', '--runs', '0', '--width', '96', '--height', '64', '--fps', '8', '--duration', '1', '--store', `sqlite:${path}`, '--out', directory], {
      cwd: repositoryRoot, reject: false, env: { LOOP_EXTRACTION_FOCUS: 'frame' }, buffer: { stdout: true, stderr: true },
    });
    // wait for the first finished job, then interrupt the next one
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Growth [frame] job ')) resolve();
      });
      void child.then((result) => reject(new Error(`exited before a job finished: ${result.stderr}`)));
    });
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(result.stdout).toMatch(/\[frame\]: \d+ completed, \d+ failed of \d+ runs .*, interrupted\n?$/);
    const store = createSqliteStore({ path });
    const counts = await store.countJobs();
    // nothing left half-done: every job completed, or failed as interrupted
    expect(counts).toMatchObject({ pending: 0, rendered: 0, extracted: 0 });
    expect(counts.completed).toBeGreaterThanOrEqual(1);
    for (const failed of (await store.diagnostics({ last: 100 })).failed) expect(failed.error).toMatch(/interrupted/);
    expect(await store.diagnostics({ last: 100 })).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
    await store.close();
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}, 120_000);
