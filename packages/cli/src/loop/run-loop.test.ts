import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { MotionregError } from '@motionreg/primitives';
import { runLoop } from './run-loop.js';
import type { LoopRunReport } from './run-loop.js';

const small = { width: 96, height: 64, fps: 12, durationSeconds: 1 } as const;

async function collect(iterable: AsyncIterable<LoopRunReport>): Promise<LoopRunReport[]> {
  const reports: LoopRunReport[] = [];
  for await (const report of iterable) reports.push(report);
  return reports;
}

describe('runLoop', () => {
  it('runs the whole pipeline, one completed job per run, with no missing learning or discovery run', async () => {
    const store = createMemoryStore();
    const outDir = mkdtempSync(join(tmpdir(), 'motionreg-loop-'));
    const reports = await collect(runLoop(store, { runs: 2, seed: 5, outDir, ...small, prompts: ['slow warm pan over the sea, no music'] }));
    expect(reports.map((report) => report.prompt)[0]).toBe('slow warm pan over the sea, no music');
    expect(new Set(reports.map((report) => report.jobId)).size).toBe(2);
    expect(reports[0]!.added).toBeGreaterThan(0);
    // the second run reads what the first discovered: some of its measurements are counted, not added
    expect(reports[1]!.counted).toBeGreaterThan(0);
    const jobs = await store.listJobs();
    expect(jobs.map((job) => job.status)).toEqual(['completed', 'completed']);
    const diagnostics = await store.diagnostics({ last: 10 });
    expect(diagnostics).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
    const knowledge = await store.getKnowledge();
    expect(knowledge.static.colors.length).toBeGreaterThan(0);
    expect(knowledge.prompts.length).toBe(2);
    await store.close();
  });

  it('after a crash between steps, diagnostics see the gap and the backfill closes it', async () => {
    const store = createMemoryStore();
    const outDir = mkdtempSync(join(tmpdir(), 'motionreg-loop-crash-'));
    await collect(runLoop(store, { runs: 1, seed: 9, outDir, ...small }));
    // a run that died after extraction, before growth recorded anything
    const crashed = await store.createJob({ prompt: 'a crashed run' });
    await store.updateJob(crashed.id, { status: 'extracted', clipPath: join(outDir, 'lost.mp4') });
    const before = await store.diagnostics({ last: 10 });
    expect(before).toMatchObject({ missingLearning: 1, missingDiscovery: 1 });
    const backfilled = await store.backfill({ last: 10 });
    expect(backfilled.learningRuns).toEqual([crashed.id]);
    expect(backfilled.discoveryRuns).toEqual([crashed.id]);
    expect(await store.diagnostics({ last: 10 })).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
    await store.close();
  });

  it('rejects bad options with invalid_input before touching the store', async () => {
    const store = createMemoryStore();
    const error = await collect(runLoop(store, { runs: 0 })).catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    expect(await store.listJobs()).toEqual([]);
    await store.close();
  });
});
