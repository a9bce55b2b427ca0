import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@motionreg/grow';
import { buildExtraction } from '@motionreg/grow/testing';
import { dynamicAspects } from '@motionreg/primitives';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growFixtureRegistry } from '../__fixtures__/grown-registry.js';
import type { GrownRegistry } from '../__fixtures__/grown-registry.js';
import { makeTestClip } from '../__fixtures__/make-clip.js';
import { chooseClips } from './choose-clips.js';
import { extractionPathOf, writeJobExtraction } from './write-job-extraction.js';
import { writeReport } from './write-report.js';

let directory: string;
let databasePath: string;
let grown: GrownRegistry;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'motionreg-write-report-'));
  databasePath = join(directory, 'registry.db');
  const clips = join(directory, 'out', 'clips');
  const store = createSqliteStore({ path: databasePath });
  // job 0 records an absolute clip path; job 1 a path that is gone (found again in clipsDirectory); job 2 an unreadable file; job 3 nothing
  const recorded = [join(clips, 'job-0.mp4'), join(directory, 'moved-away.mp4'), join(clips, 'broken.mp4'), null];
  grown = await growFixtureRegistry(store, (index) => recorded[index] ?? null);
  await makeTestClip(join(clips, 'job-0.mp4'), { hue: 0 });
  await makeTestClip(join(clips, `${grown.jobIds[1]}.mp4`), { hue: 120 });
  await writeFile(join(clips, 'broken.mp4'), 'not a clip');
  await store.close();
});
afterAll(async () => rm(directory, { recursive: true, force: true }));

describe('writeReport', () => {
  it('writes the page with strips of the clips at hand, links them relative to the page, and only reads the store', async () => {
    const store = createSqliteStore({ path: databasePath });
    try {
      const before = await store.exportRegistries();
      const jobsBefore = await store.listJobs({ limit: 100 });
      const out = join(directory, 'out', 'report.html');
      const result = await writeReport({ store, out, clipsDirectory: join(directory, 'out', 'clips') });
      expect(result.path).toBe(out);
      expect(result.entries).toBe(before.totals.entries);
      expect(result.clips).toBe(2);
      expect(result.skippedClips.map((skipped) => skipped.jobId)).toEqual([grown.jobIds[2]]);
      expect(result.skippedClips[0]?.reason).toMatch(/broken\.mp4/);
      const html = await readFile(out, 'utf8');
      expect(Buffer.byteLength(html)).toBe(result.bytes);
      expect(html.match(/data:image\/jpeg;base64,/g)).toHaveLength(2);
      expect(html).toContain('data-clip="clips/job-0.mp4"');
      expect(html).toContain(`data-clip="clips/${grown.jobIds[1]}.mp4"`);
      // read only: nothing changed (the export's own timestamp aside)
      expect({ ...(await store.exportRegistries()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
      expect(await store.listJobs({ limit: 100 })).toEqual(jobsBefore);
    } finally {
      await store.close();
    }
  });

  it('skips frames when asked, and refuses bad options with invalid_input', async () => {
    const store = createSqliteStore({ path: databasePath });
    try {
      const result = await writeReport({ store, out: join(directory, 'plain', 'report.html'), thumbnails: false });
      expect(result.clips).toBe(0);
      expect(await readFile(result.path, 'utf8')).not.toContain('data:image/jpeg');
      await expect(writeReport({ store, out: '' })).rejects.toMatchObject({ code: 'invalid_input' });
    } finally {
      await store.close();
    }
  });
});

describe('chooseClips', () => {
  it('covers every dynamic entry that has a clip with as few clips as the greedy cover finds, within the limit', async () => {
    const store = createSqliteStore({ path: databasePath });
    const registries = await store.exportRegistries();
    await store.close();
    const all = new Set(grown.jobIds);
    const chosen = chooseClips(registries, (jobId) => all.has(jobId), 10);
    const entries = dynamicAspects.flatMap((aspect) => registries.dynamic[aspect]);
    for (const entry of entries) expect(entry.sources.some((jobId) => chosen.includes(jobId))).toBe(true);
    expect(new Set(chosen).size).toBe(chosen.length);
    expect(chooseClips(registries, (jobId) => all.has(jobId), 1)).toHaveLength(1);
    expect(chooseClips(registries, () => false, 10)).toEqual([]);
  });
});

describe('writeJobExtraction', () => {
  it('writes the extraction beside the clip as JSON that parses back to the same value', async () => {
    const clipPath = join(directory, 'out', 'clips', 'job-0.mp4');
    const extraction = buildExtraction({ seed: 3 });
    const path = await writeJobExtraction(clipPath, extraction);
    expect(path).toBe(join(directory, 'out', 'clips', 'job-0.extraction.json'));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(extraction)));
    expect(extractionPathOf('a.b/clip')).toBe('a.b/clip.extraction.json');
    await expect(writeJobExtraction(clipPath, { ...extraction, frames: 'no' } as never)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
