import { expect, it } from 'vitest';
import { auditRegistryExport } from '../core/audit-export.js';
import { growFromExtraction } from '../growth/grow-from-extraction.js';
import { growFromPrompt } from '../growth/grow-from-prompt.js';
import { expectCode } from './conformance-context.js';
import type { ConformanceContext } from './conformance-context.js';
import { everything, prompt, usesOf } from './conformance-helpers.js';
import { buildExtraction, buildInstruction, buildSceneSpec } from './fixtures.js';

/** Rename: the name and every whole-word use of it, atomically; refusals. */
export function describeRenameConformance(context: ConformanceContext): void {
  it('renames an entry everywhere it appears, whole words only', async () => {
    const { store } = context.harness();
    await growFromExtraction(store, buildExtraction({ seed: 15 }), null, { jobId: 'job-1', prompt });
    const blend = (await store.exportRegistries()).dynamic.blends.find((entry) => Array.isArray(entry.value.inputs));
    const input = (blend?.value.inputs as { name?: string }[] | undefined)?.find((item) => item.name !== undefined);
    expect(input?.name).toBeDefined();
    await store.renameEntry({ name: input!.name!, newName: 'Sea' });

    const seaPrompt = 'a drift over the Sea past Seaweed and Sea-green rocks';
    await store.createJob({ id: 'job-2', prompt: seaPrompt });
    await growFromExtraction(store, buildExtraction({ seed: 16 }), buildSceneSpec(seaPrompt, ['Sea', 'Seaweed']), { jobId: 'job-2', prompt: seaPrompt });
    await growFromPrompt(store, buildInstruction(seaPrompt, [{ span: 'sea', canonical: 'Sea', domain: 'palette.colors', kind: 'registry' }], ['Sea', 'Seaweed']), { sourceId: 'job-2' });
    expect(usesOf(await everything(store), 'Sea').length).toBeGreaterThan(5);

    const result = await store.renameEntry({ name: 'Sea', newName: 'Brine' });
    expect(result).toMatchObject({ oldName: 'Sea', newName: 'Brine', registry: 'static', aspect: 'colors' });
    for (const column of ['jobs.prompt', 'learning_runs.prompt', 'learning_runs.spec_json', 'interpretations.prompt', 'interpretations.instruction_json', 'registry_entries.value_json', 'linguistic_entries.canonical']) {
      expect(result.cascaded[column], column).toBeGreaterThan(0);
    }
    const text = await everything(store);
    expect(usesOf(text, 'Sea')).toEqual([]);
    expect(usesOf(text, 'Seaweed').length).toBeGreaterThan(3);
    expect(text).toContain('Sea-green');
    expect((await store.getJob('job-2'))?.prompt).toBe('a drift over the Brine past Seaweed and Sea-green rocks');
    const document = await store.exportRegistries();
    expect(document.static.colors.filter((entry) => entry.name === 'Brine')).toHaveLength(1);
    expect(document.linguistic.find((entry) => entry.span === 'sea')?.canonical).toBe('Brine');
    expect(auditRegistryExport(document)).toEqual([]);
  });

  it('refuses a rename to a taken name, of an unknown name, or to a name with digits', async () => {
    const { store } = context.harness();
    await growFromExtraction(store, buildExtraction({ seed: 17 }), null, { jobId: 'job-1', prompt });
    const [first, second] = (await store.exportRegistries()).static.colors;
    await expectCode(store.renameEntry({ name: first!.name, newName: second!.name }), 'conflict');
    await expectCode(store.renameEntry({ name: first!.name, newName: second!.name.toUpperCase() }), 'conflict');
    await expectCode(store.renameEntry({ name: 'No Such Entry', newName: 'Anything' }), 'not_found');
    await expectCode(store.renameEntry({ name: first!.name, newName: 'Blue 42' }), 'invalid_input');
    expect((await store.exportRegistries()).static.colors.map((entry) => entry.name)).toContain(first!.name);
  });

  it('merges a linguistic mapping into the one the new name already has, adding their counts', async () => {
    const { store } = context.harness();
    await growFromExtraction(store, buildExtraction({ seed: 21 }), null, { jobId: 'job-1', prompt });
    const [color] = (await store.exportRegistries()).static.colors;
    await store.renameEntry({ name: color!.name, newName: 'Sea' });
    const mapping = (canonical: string) => [{ span: 'sea', canonical, domain: 'palette.colors', kind: 'registry' }] as const;
    await growFromPrompt(store, buildInstruction('the sea', [...mapping('Sea')]), { sourceId: 'a' });
    await growFromPrompt(store, buildInstruction('the sea again', [...mapping('Brine')]), { sourceId: 'b' });
    await growFromPrompt(store, buildInstruction('the sea once more', [...mapping('Brine')]), { sourceId: 'c' });
    const result = await store.renameEntry({ name: 'Sea', newName: 'Brine' });
    expect(result.cascaded['linguistic_entries.canonical']).toBe(1);
    const sea = (await store.listLinguistic()).filter((entry) => entry.span === 'sea');
    expect(sea).toEqual([{ span: 'sea', canonical: 'Brine', domain: 'palette.colors', kind: 'registry', count: 3 }]);
  });
}
