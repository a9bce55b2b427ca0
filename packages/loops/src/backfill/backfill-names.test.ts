import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '@motionreg/grow';
import { interpret } from '@motionreg/interpret';
import { entryNamePattern } from '@motionreg/primitives';
import { runSoundLoop } from '../sound/run-sound-loop.js';
import { backfillNames, readingOf } from './backfill-names.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('backfillNames on a SQLite store', () => {
  it('renames unreadable and clashing names and cascades them, whole words only, into prompts, instructions and JSON columns', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'motionreg-backfill-names-'));
    directories.push(directory);
    const path = join(directory, 'registry.db');
    const store = createSqliteStore({ path });
    await runSoundLoop({ store, runs: 3, seed: 5, durationSeconds: 1, log: () => undefined });
    const sounds = (await store.exportRegistries()).static.sound;
    expect(sounds.length).toBeGreaterThanOrEqual(3);
    const [unreadable, clashing, kept] = sounds as [typeof sounds[0], typeof sounds[0], typeof sounds[0]];

    // names an older store or a hand edit left: one with a digit, one that reads the same as another
    const raw = new Database(path);
    raw.prepare('UPDATE registry_entries SET name = ? WHERE name = ?').run('Hum 2', unreadable.name);
    const lookalike = kept.name.toLowerCase().replace(/ /g, '-');
    raw.prepare('UPDATE registry_entries SET name = ? WHERE name = ?').run(lookalike, clashing.name);
    // a later job played that sound: its spec names it
    raw.prepare("UPDATE learning_runs SET spec_json = json_set(spec_json, '$.pureSounds[0].name', 'Hum 2') WHERE rowid = (SELECT max(rowid) FROM learning_runs)").run();
    raw.close();
    const job = await store.createJob({ prompt: 'play Hum 2 softly, then Hum 22' });
    const queued = await store.enqueueInterpretation({ prompt: 'Hum 2 at dusk', source: 'web' });
    // why: the interpreter lower-cases its prompt; the instruction here keeps the name as written, so the JSON column holds it.
    await store.completeInterpretation(queued.id, { ...interpret('Hum 2 at dusk'), prompt: 'Hum 2 at dusk' });

    expect((await backfillNames({ store, dryRun: true, log: () => undefined })).length).toBe(2);
    expect((await store.getJob(job.id))?.prompt).toBe('play Hum 2 softly, then Hum 22');

    const lines: string[] = [];
    const renamed = await backfillNames({ store, log: (line) => lines.push(line) });
    expect(renamed.map((rename) => rename.reason).sort()).toEqual(['clash', 'unreadable']);
    const hum = renamed.find((rename) => rename.reason === 'unreadable')!;
    expect(hum.oldName).toBe('Hum 2');
    expect(entryNamePattern.test(hum.newName)).toBe(true);
    expect(lines).toHaveLength(2);
    // the cascade: whole words only ("Hum 22" is another word and stays)
    expect((await store.getJob(job.id))?.prompt).toBe(`play ${hum.newName} softly, then Hum 22`);
    const interpretation = (await store.listInterpretations({ status: 'done', limit: 1000 })).find((record) => record.id === queued.id);
    expect(interpretation?.prompt).toBe(`${hum.newName} at dusk`);
    expect(interpretation?.instruction?.prompt).toBe(`${hum.newName} at dusk`);
    expect(hum.cascaded['jobs.prompt']).toBe(1);
    expect(hum.cascaded['interpretations.instruction_json']).toBe(1);
    expect(hum.cascaded['learning_runs.spec_json']).toBe(1);
    const specs = new Database(path).prepare('SELECT spec_json FROM learning_runs').all() as { spec_json: string }[];
    expect(specs.some((row) => row.spec_json.includes(JSON.stringify(hum.newName)))).toBe(true);
    expect(specs.every((row) => !row.spec_json.includes('"Hum 2"'))).toBe(true);

    // afterwards every name is readable and no two read the same; a second pass has nothing to do
    const names = (await store.exportRegistries()).static.sound.map((entry) => entry.name);
    expect(names.every((name) => entryNamePattern.test(name))).toBe(true);
    expect(new Set(names.map(readingOf)).size).toBe(names.length);
    expect(await backfillNames({ store, log: () => undefined })).toEqual([]);
    await store.close();
  });
});
