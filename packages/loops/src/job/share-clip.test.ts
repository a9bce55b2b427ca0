import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegistryClient } from '@motionreg/client';
import { createMemoryStore, createSqliteStore } from '@motionreg/grow';
import { startNodeService } from '@motionreg/service';
import { runJob } from './run-job.js';

const directories: string[] = [];
function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-share-clip-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('a job run against the registry service', () => {
  it('uploads its clip, so the service can play what this worker found', async () => {
    const directory = temporaryDirectory();
    const store = createSqliteStore({ path: join(directory, 'registry.db') });
    const service = await startNodeService({ store, port: 0, token: 'secret', clipsDirectory: join(directory, 'clips') });
    const client = createRegistryClient({ baseUrl: service.url, token: 'secret' });
    try {
      const report = await runJob({ store: client, prompt: 'slow warm pan over the sea, 1 second, no music', seed: 5, outDir: join(directory, 'worker'), width: 96, height: 64, fps: 8, focus: 'frame' });
      const kept = await client.downloadClip(report.jobId!);
      expect(kept).not.toBeNull();
      expect(Buffer.from(kept!).equals(readFileSync(report.clipPath))).toBe(true);
      expect(await client.getJob(report.jobId!)).toMatchObject({ status: 'completed' });
    } finally {
      await client.close();
      await service.close();
      await store.close();
    }
  });

  it('leaves a local store alone: its clips already sit beside it', async () => {
    const store = createMemoryStore();
    const report = await runJob({ store, prompt: 'neon rain, 1 second', seed: 2, outDir: temporaryDirectory(), width: 96, height: 64, fps: 8, focus: 'frame' });
    expect(await store.getJob(report.jobId!)).toMatchObject({ status: 'completed' });
    await store.close();
  });
});
