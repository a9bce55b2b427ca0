import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { clipTruthSchema, MotionregError } from '@motionreg/primitives';
import { runJob } from './run-job.js';
import type { JobProgress } from './run-job.js';

const tiny = { width: 96, height: 64, fps: 8 } as const;
const directories: string[] = [];
function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-run-job-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('runJob', () => {
  it('runs every step, moves the job to completed, and records its growth, learning and discovery runs', async () => {
    const store = createMemoryStore();
    const outDir = temporaryDirectory();
    const phases: JobProgress['phase'][] = [];
    const report = await runJob({ store, prompt: 'slow warm pan over the sea, 1 second, no music', seed: 5, outDir, ...tiny, focus: 'frame', onProgress: (progress) => void phases.push(progress.phase) });
    expect(phases).toEqual(['interpret', 'create', 'render', 'extract', 'grow', 'done']);
    expect(report.added).toBeGreaterThan(0);
    const job = await store.getJob(report.jobId!);
    expect(job).toMatchObject({ status: 'completed', error: null, clipPath: report.clipPath });
    expect(await store.getDiscoveryRun(report.jobId!)).toMatchObject({ focus: 'frame', backfilled: false });
    expect(await store.getLearningRun(report.jobId!)).toMatchObject({ backfilled: false });
    // focus frame: the static registries grew, the dynamic ones did not
    const registries = await store.exportRegistries();
    expect(registries.static.colors.length).toBeGreaterThan(0);
    expect(registries.dynamic.camera).toEqual([]);
    await store.close();
  });

  it("takes the clip's length from the prompt through the spec: the truth file, the spec and the video agree", async () => {
    const outDir = temporaryDirectory();
    // why: the loop's --duration default (2) once overrode a built spec, so a 1 s prompt got a truth file saying 2 s with cuts for 1 s.
    const report = await runJob({ store: null, steps: 'render', prompt: 'a calm blue sea, 1 second long', seed: 3, out: join(outDir, 'clip.mp4'), defaultDurationSeconds: 2, ...tiny });
    const truth = clipTruthSchema.parse(JSON.parse(readFileSync(report.truthPath, 'utf8')));
    expect(truth.spec.durationSeconds).toBe(1);
    expect(truth.video.durationSeconds).toBe(1);
    expect(truth.video.frameCount).toBe(8);
    expect(report.jobId).toBeNull();
    // an explicit length overrides the prompt's, inside the spec
    const longer = await runJob({ store: null, steps: 'render', prompt: 'a calm blue sea, 1 second long', seed: 3, out: join(outDir, 'longer.mp4'), durationSeconds: 2, ...tiny });
    const longerTruth = clipTruthSchema.parse(JSON.parse(readFileSync(longer.truthPath, 'utf8')));
    expect([longerTruth.spec.durationSeconds, longerTruth.video.durationSeconds]).toEqual([2, 2]);
  });

  it('a render-only run reads the store and records nothing', async () => {
    const store = createMemoryStore();
    await runJob({ store, steps: 'render', prompt: 'neon rain, 1 second', seed: 1, out: join(temporaryDirectory(), 'clip.mp4'), ...tiny });
    expect(await store.countJobs()).toMatchObject({ pending: 0, completed: 0, failed: 0 });
    await store.close();
  });

  it('a step that throws marks the job failed with its one-line error, and the error is rethrown', async () => {
    const store = createMemoryStore();
    const blocker = join(temporaryDirectory(), 'a-file');
    writeFileSync(blocker, 'not a directory');
    // the render step cannot create its output directory: a real failure of a real step
    const error = await runJob({ store, prompt: 'a quiet forest, 1 second', seed: 2, outDir: join(blocker, 'out'), ...tiny }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    const [job] = await store.listJobs();
    expect(job).toMatchObject({ status: 'failed' });
    expect(job!.error).toContain('ENOTDIR');
    expect(job!.error).not.toContain('\n');
    expect((await store.diagnostics()).failed.map((failed) => failed.jobId)).toEqual([job!.id]);
    await store.close();
  });

  it('a claimed job whose prompt asks for more than an hour fails before any work, naming the prompt', async () => {
    const store = createMemoryStore();
    await store.createJob({ prompt: 'a sunset over the sea, 6 hours long' });
    const claimed = await store.claimJob({ worker: 'test' });
    const phases: string[] = [];
    const error = await runJob({ store, job: claimed!, seed: 1, outDir: temporaryDirectory(), ...tiny, onProgress: (progress) => void phases.push(progress.phase) }).catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(error) && error.code).toBe('invalid_input');
    expect(phases).not.toContain('render');
    const job = await store.getJob(claimed!.id);
    expect(job?.status).toBe('failed');
    expect(job?.error).toContain('a sunset over the sea, 6 hours long');
    await store.close();
  });

  it('an aborted signal fails the current job at the next step ("interrupted"), never leaving it pending or rendered', async () => {
    const store = createMemoryStore();
    const controller = new AbortController();
    const error = await runJob({
      store, prompt: 'a slow drift of fog, 1 second', seed: 4, outDir: temporaryDirectory(), ...tiny, signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'extract') controller.abort(new Error('SIGTERM'));
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    const [job] = await store.listJobs();
    expect(job?.status).toBe('failed');
    expect(job?.error).toContain('interrupted (SIGTERM)');
    await store.close();
  });

  it('an abort in the middle of the render stops it at once: the job is failed as interrupted and no MP4 is left', async () => {
    const store = createMemoryStore();
    const controller = new AbortController();
    const outDir = temporaryDirectory();
    const error = await runJob({
      store, prompt: 'a slow drift of fog, 1 second', seed: 4, outDir, ...tiny, signal: controller.signal,
      onRenderProgress: (progress) => {
        if (progress.done === 2) controller.abort(new Error('SIGINT'));
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    const [job] = await store.listJobs();
    expect(job?.status).toBe('failed');
    expect(job?.error).toMatch(/interrupted/);
    expect(existsSync(join(outDir, 'clips', `${job!.id}.mp4`))).toBe(false);
    await store.close();
  });

  it('refuses a prompt and a job together, and a growing run without a store, with invalid_input', async () => {
    const both = await runJob({ store: null, prompt: 'x', outDir: '.', seed: 1 } as never).catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(both) && both.code).toBe('invalid_input');
    const noOut = await runJob({ store: createMemoryStore(), prompt: 'x', seed: 1 }).catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(noOut) && noOut.code).toBe('invalid_input');
    const tooLong = await runJob({ store: null, steps: 'render', prompt: 'a calm sea', seed: 1, out: join(temporaryDirectory(), 'clip.mp4'), durationSeconds: 7200 }).catch((caught: unknown) => caught);
    expect(MotionregError.isInstance(tooLong) && tooLong.code).toBe('invalid_input');
    expect(String(tooLong)).toContain('the durationSeconds option asks for 7200 s, more than the 3600 s limit');
  });
});
