import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildExtraction } from '@motionreg/grow/testing';
import { auditRegistryExport } from '../core/audit-export.js';
import { observeExtraction } from '../growth/observe-extraction.js';
import { jobSeed, sharedPalette } from './__fixtures__/grow-jobs-plan.js';
import { createSqliteStore } from './sqlite-store.js';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./__fixtures__/grow-jobs.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

describe('two processes growing one SQLite file', () => {
  it('give the exact expected counts, every job once, and no duplicate keys or names (2 × 50 jobs)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-processes-'));
    const path = join(directory, 'registry.db');
    try {
      const own = (process: number) => Array.from({ length: 50 }, (_, index) => `p${process}-${index}`);
      // Each process also retries the other's first ten jobs: a job must still grow exactly once.
      const plans = [[...own(1), ...own(2).slice(0, 10)], [...own(2), ...own(1).slice(0, 10)]];
      const environment = { ...process.env, TSX_TSCONFIG_PATH: join(repositoryRoot, 'tsconfig.json') };
      const results = await Promise.all(
        plans.map((ids) => run(process.execPath, ['--import', 'tsx', child, path, ids.join(',')], { cwd: repositoryRoot, env: environment, timeout: 240_000 })),
      );
      const summaries = results.map((result) => JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { recorded: number; alreadyRecorded: number });
      expect(summaries.reduce((sum, summary) => sum + summary.recorded, 0)).toBe(100);
      expect(summaries.reduce((sum, summary) => sum + summary.alreadyRecorded, 0)).toBe(20);

      const expected = new Map<string, number>();
      for (const jobId of [...own(1), ...own(2)]) {
        for (const observation of observeExtraction(buildExtraction({ seed: jobSeed(jobId), palette: sharedPalette }), null, 'all')) {
          const key = `${observation.registry}.${observation.aspect}.${observation.origin ?? ''}.${observation.key}`;
          expected.set(key, (expected.get(key) ?? 0) + observation.occurrences);
        }
      }
      const store = createSqliteStore({ path });
      const document = await store.exportRegistries();
      const actual = new Map<string, number>();
      const add = (prefix: string, list: readonly { key: string; count: number; origin?: string }[]) => {
        for (const entry of list) {
          expect(actual.has(`${prefix}.${entry.origin ?? ''}.${entry.key}`)).toBe(false);
          actual.set(`${prefix}.${entry.origin ?? ''}.${entry.key}`, entry.count);
        }
      };
      add('static.colors', document.static.colors);
      add('static.sound', document.static.sound);
      for (const [aspect, list] of Object.entries(document.dynamic)) add(`dynamic.${aspect}`, list);
      for (const [aspect, list] of Object.entries(document.narrative)) add(`narrative.${aspect}`, list);
      expect([...actual.entries()].sort()).toEqual([...expected.entries()].sort());
      expect(auditRegistryExport(document)).toEqual([]);
      expect(document.totals).toMatchObject({ jobs: 100, discoveryRuns: 100, learningRuns: 100 });
      expect(await store.diagnostics({ last: 100 })).toMatchObject({ missingLearning: 0, missingDiscovery: 0 });
      await store.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
