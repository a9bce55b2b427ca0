import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { runMainLoop } from './run-main-loop.js';
import type { JobSource } from './run-main-loop.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tiny = { width: 96, height: 64, fps: 8, defaultDurationSeconds: 1 } as const;
const directories: string[] = [];
function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-main-loop-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('runMainLoop', () => {
  it("takes the store's queued jobs first, then makes its own, logging Growth [frame] per job", async () => {
    const store = createMemoryStore();
    const queued = await store.createJob({ prompt: 'a queued prompt: neon rain over a city, 1 second' });
    const lines: string[] = [];
    const sources: JobSource[] = [];
    const outDir = temporaryDirectory();
    const summary = await runMainLoop({
      store, runs: 2, seed: 11, outDir, ...tiny, environment: { LOOP_EXTRACTION_FOCUS: 'frame' }, worker: 'w1',
      log: (line) => lines.push(line), onJob: (report) => sources.push(report.source),
    });
    expect(summary).toMatchObject({ worker: 'w1', focus: 'frame', runs: 2, completed: 2, failed: 0, claimed: 1 });
    expect(sources[0]).toBe('queue');
    expect(sources[1]).toBe('generated');
    expect(lines.filter((line) => line.startsWith('Growth [frame] job '))).toHaveLength(2);
    expect(lines.some((line) => line.includes('LOOP_EXTRACTION_FOCUS is unset'))).toBe(false);
    expect(await store.getJob(queued.id)).toMatchObject({ status: 'completed', leaseOwner: 'w1' });
    expect(await store.countJobs()).toMatchObject({ pending: 0, completed: 2, failed: 0 });
    expect(await store.diagnostics({ last: 10 })).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
    // it leaves something to look at: each clip's extraction JSON beside it, and the report, named in the log
    for (const job of await store.listJobs()) expect(existsSync(job.clipPath!.replace(/\.mp4$/, '.extraction.json'))).toBe(true);
    expect(readFileSync(join(outDir, 'report.html'), 'utf8')).toContain('<!doctype html>');
    expect(lines.at(-1)).toBe(`Report: ${join(outDir, 'report.html')} (${(await store.exportRegistries()).totals.entries} entries); clips and their .extraction.json in ${join(outDir, 'clips')}`);
    await store.close();
  });

  it('says once when the focus is unset, grows everything, and an exploiter replays a good earlier prompt', async () => {
    const store = createMemoryStore();
    const outDir = temporaryDirectory();
    await runMainLoop({ store, runs: 1, seed: 3, outDir, ...tiny, prompts: ['a calm blue sea, 1 second'], environment: { LOOP_EXTRACTION_FOCUS: 'frame' }, log: () => undefined });
    const lines: string[] = [];
    const prompts: string[] = [];
    const summary = await runMainLoop({
      store, runs: 2, seed: 4, outDir, ...tiny, environment: { LOOP_EXPLOIT_RATIO_OVERRIDE: '1' }, log: (line) => lines.push(line),
      onJob: (report) => prompts.push(`${report.strategy}:${report.source}:${report.prompt}`),
    });
    expect(summary).toMatchObject({ focus: 'all', exploitRatio: 1, exploited: 2, explored: 0, completed: 2 });
    expect(lines.filter((line) => line.includes('LOOP_EXTRACTION_FOCUS is unset → Growth [all]'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('Growth [all] job '))).toHaveLength(2);
    // the only earlier prompt is replayed once; with no other, the second exploit run generates one
    expect(prompts[0]).toBe('exploit:earlier:a calm blue sea, 1 second');
    expect(prompts[1]).toMatch(/^exploit:generated:/);
    await store.close();
  });

  it('goes on after a failed job, and a signal stops it after failing the current job cleanly', async () => {
    const store = createMemoryStore();
    const controller = new AbortController();
    const lines: string[] = [];
    const summary = await runMainLoop({
      store, runs: 0, seed: 8, outDir: temporaryDirectory(), ...tiny, environment: {}, log: (line) => lines.push(line),
      prompts: ['a sunset over the sea, 6 hours long', 'a quiet forest, 1 second'], signal: controller.signal,
      onProgress: (progress) => {
        if (progress.prompt.startsWith('a quiet forest') && progress.phase === 'render') controller.abort(new Error('SIGINT'));
      },
    });
    expect(summary).toMatchObject({ runs: 2, completed: 0, failed: 2, interrupted: true });
    const jobs = await store.listJobs();
    // the 6-hour prompt fails before any work, naming the prompt; the interrupted job is failed, not left pending
    expect(jobs.map((job) => [job.prompt, job.status])).toEqual([['a quiet forest, 1 second', 'failed'], ['a sunset over the sea, 6 hours long', 'failed']]);
    expect(jobs[1]!.error).toContain('a sunset over the sea, 6 hours long');
    expect(lines.filter((line) => line.startsWith('Job failed'))).toHaveLength(2);
    await store.close();
  });

  it('renews a short lease while a job runs longer than it, so a second worker never claims it', async () => {
    const store = createMemoryStore();
    const queued = await store.createJob({ prompt: 'a slow render: waves at dusk, 1 second' });
    const secondWorker: (string | null)[] = [];
    const summary = await runMainLoop({
      store, runs: 1, seed: 21, outDir: temporaryDirectory(), ...tiny, environment: {}, worker: 'w1', leaseMs: 300, log: () => undefined,
      onProgress: async (progress) => {
        if (progress.phase !== 'render') return;
        // The render is held for four leases; each 100 ms a second worker tries to claim.
        for (let check = 0; check < 12; check += 1) {
          await pause(100);
          secondWorker.push((await store.claimJob({ worker: 'w2', leaseMs: 300 }))?.id ?? null);
        }
      },
    });
    expect(secondWorker).toEqual(Array.from({ length: 12 }, () => null));
    expect(summary).toMatchObject({ completed: 1, failed: 0, takenOver: 0, claimed: 1 });
    expect(await store.getJob(queued.id)).toMatchObject({ status: 'completed', leaseOwner: 'w1' });
    await store.close();
  });

  it('leaves a job whose lease was lost to its new holder: not failed, not grown twice', async () => {
    const store = createMemoryStore();
    const queued = await store.createJob({ prompt: 'a lost lease: a red kite, 1 second' });
    const lines: string[] = [];
    const summary = await runMainLoop({
      store, runs: 1, seed: 22, outDir: temporaryDirectory(), ...tiny, environment: {}, worker: 'w1', leaseMs: 300, log: (line) => lines.push(line),
      onProgress: async (progress) => {
        if (progress.phase !== 'render') return;
        // A retry puts the job back and another worker claims it; w1's next renewal is refused.
        await store.updateJob(queued.id, { status: 'pending' });
        await store.claimJob({ worker: 'w2', leaseMs: 60_000 });
        await pause(250);
      },
    });
    expect(summary).toMatchObject({ completed: 0, failed: 0, takenOver: 1 });
    expect(await store.getJob(queued.id)).toMatchObject({ status: 'pending', leaseOwner: 'w2', error: null });
    expect(lines.filter((line) => line.startsWith('Job taken over'))).toHaveLength(1);
    await store.close();
  });
});
