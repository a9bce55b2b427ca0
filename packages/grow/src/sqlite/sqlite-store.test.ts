import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { describeStoreConformance, buildExtraction, buildInstruction, buildSceneSpec } from '@motionreg/grow/testing';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { growFromPrompt } from '../growth/grow-from-prompt.js';
import { wholeWordPattern } from '../core/whole-word.js';
import { spawnClaimers } from '../store-url/__fixtures__/spawn-claimers.js';
import { createSqliteStore } from './sqlite-store.js';

function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'motionreg-sqlite-'));
}

describeStoreConformance({
  name: 'sqlite',
  create: () => {
    const directory = temporaryDirectory();
    const path = join(directory, 'registry.db');
    return {
      store: createSqliteStore({ path }),
      openAnother: () => createSqliteStore({ path }),
      reopen: () => createSqliteStore({ path }),
      spawnClaimers: (workers) => spawnClaimers(`sqlite:${path}`, workers),
      dispose: () => rmSync(directory, { recursive: true, force: true }),
    };
  },
});

describeStoreConformance({ name: 'sqlite :memory:', create: () => ({ store: createSqliteStore({ path: ':memory:' }) }) });

describe('createSqliteStore', () => {
  it('leaves no table holding a renamed name as a whole word (every text column of every table)', async () => {
    const directory = temporaryDirectory();
    const path = join(directory, 'registry.db');
    const store = createSqliteStore({ path });
    try {
      await growFromExtraction(store, buildExtraction({ seed: 1 }), null, { jobId: 'job-1', prompt: 'first' });
      const [color] = (await store.exportRegistries()).static.colors;
      await store.renameEntry({ name: color!.name, newName: 'Sea' });
      const prompt = 'the Sea and Seaweed';
      await growFromExtraction(store, buildExtraction({ seed: 2 }), buildSceneSpec(prompt, ['Sea']), { jobId: 'job-2', prompt });
      await growFromPrompt(store, buildInstruction(prompt, [{ span: 'sea', canonical: 'Sea', domain: 'palette.colors', kind: 'registry' }], ['Sea']), { sourceId: 'job-2' });
      await store.renameEntry({ name: 'Sea', newName: 'Brine' });

      const database = new Database(path, { readonly: true });
      const tables = (database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((row) => row.name);
      expect(tables).toEqual(expect.arrayContaining(['jobs', 'learning_runs', 'discovery_runs', 'registry_entries', 'entry_sources', 'interpretations', 'linguistic_entries']));
      const hits: string[] = [];
      let seaweed = 0;
      for (const table of tables) {
        const columns = (database.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]).filter((column) => column.type.toUpperCase() === 'TEXT');
        for (const { name } of columns) {
          for (const row of database.prepare(`SELECT ${name} AS value FROM ${table}`).all() as { value: string | null }[]) {
            if (row.value === null) continue;
            if (wholeWordPattern('Sea').test(row.value)) hits.push(`${table}.${name}: ${row.value.slice(0, 80)}`);
            if (row.value.includes('Seaweed')) seaweed += 1;
          }
        }
      }
      database.close();
      expect(hits).toEqual([]);
      expect(seaweed).toBeGreaterThan(2);
    } finally {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('creates the folder of a new file and refuses an empty path', async () => {
    const directory = temporaryDirectory();
    const store = createSqliteStore({ path: join(directory, 'nested', 'deeper', 'registry.db') });
    expect(await store.listJobs()).toEqual([]);
    await store.close();
    rmSync(directory, { recursive: true, force: true });
    expect(() => createSqliteStore({ path: '' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
