import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createSqliteStore } from '@motionreg/grow';
import { backfills } from './backfills.js';

it('the backfills example repairs what a crashed run left on a fresh SQLite file', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-example-backfills-'));
  const path = join(directory, 'registry.db');
  try {
    // a run that died after extraction and one that never started
    const store = createSqliteStore({ path });
    const measured = await store.createJob({ prompt: 'died after extraction' });
    await store.updateJob(measured.id, { status: 'extracted', clipPath: join(directory, 'lost.mp4') });
    await store.createJob({ prompt: 'never started' });
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { runs, names } = await backfills(`sqlite:${path}`, 'fail', 10);
    expect(runs.before.stale).toHaveLength(2);
    expect(runs.after).toMatchObject({ missingLearning: 0, missingDiscovery: 0, stale: [] });
    expect(runs.after.failed).toHaveLength(2);
    expect(names).toEqual([]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
