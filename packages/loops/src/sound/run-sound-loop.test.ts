import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@motionreg/grow';
import { runSoundLoop } from './run-sound-loop.js';

describe('runSoundLoop', () => {
  it('grows the static sound registry and nothing else, one completed job per run, with no missing run', async () => {
    const store = createMemoryStore();
    const lines: string[] = [];
    const summary = await runSoundLoop({ store, runs: 2, seed: 21, durationSeconds: 1, log: (line) => lines.push(line) });
    expect(summary).toMatchObject({ runs: 2, completed: 2, failed: 0 });
    expect(summary.added).toBeGreaterThan(0);
    const registries = await store.exportRegistries();
    expect(registries.static.sound.length).toBe(summary.added);
    expect(registries.static.colors).toEqual([]);
    expect(Object.values(registries.dynamic).every((entries) => entries.length === 0)).toBe(true);
    // every segment is one sighting: the counts add up to the segments measured (24 per second)
    expect(registries.static.sound.reduce((sum, entry) => sum + entry.count, 0)).toBe(2 * 24);
    expect(lines.filter((line) => line.startsWith('Sound [frame] job '))).toHaveLength(2);
    const jobs = await store.listJobs();
    expect(jobs.map((job) => job.status)).toEqual(['completed', 'completed']);
    expect(jobs.every((job) => job.id.startsWith('sound-loop-'))).toBe(true);
    expect(await store.diagnostics({ last: 10 })).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
    await store.close();
  });

  it("draws its sounds from the registry's own discoveries once it has some", async () => {
    const store = createMemoryStore();
    await runSoundLoop({ store, runs: 3, seed: 5, durationSeconds: 1, log: () => undefined });
    const jobs = await store.listJobs();
    const sources = await Promise.all(jobs.map(async (job) => (await store.getLearningRun(job.id))?.spec?.pureSounds.map((sound) => sound.source.kind) ?? []));
    // the first run has only the origin primitives; a later one plays at least one sound an earlier run discovered
    expect(sources.flat()).toContain('registry');
    await store.close();
  });
});
