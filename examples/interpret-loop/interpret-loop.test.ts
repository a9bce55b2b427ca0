import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { interpretLoop } from './interpret-loop.js';

it('the interpret loop example logs its [cycle] lines and grows linguistic mappings on a fresh SQLite file', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'motionreg-example-interpret-'));
  try {
    const lines: string[] = [];
    const summary = await interpretLoop(1, `sqlite:${join(directory, 'registry.db')}`, ['proper calm vibes, slow push in, no music'], (line) => lines.push(line));
    expect(summary).toMatchObject({ interpreted: 1, generated: 2, failed: 0 });
    expect(summary.linguisticAdded).toBeGreaterThan(0);
    expect(lines.map((line) => line.split(':')[0])).toEqual(['[cycle] interpreted', '[cycle] backfill', '[cycle] generated', '[cycle] generated', '[cycle] linguistic growth']);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
