import { MotionregError, parseOrThrow, renameRequestSchema } from '@motionreg/primitives';
import type { InterpretationRecord, RegistryStore, RenameRequest, RenameResult } from '@motionreg/primitives';
import { linguisticKey } from '../core/prompt-growth.js';
import { containsWholeWord, replaceWholeWord, replaceWholeWordInJson } from '../core/whole-word.js';
import type { MemoryContext } from './memory-state.js';

const component = 'grow';

/** The rename operation of the memory store, with its whole-word cascade: planned first, so a collision changes nothing. */
export function memoryRenameOperations(context: MemoryContext): Pick<RegistryStore, 'renameEntry'> {
  const { state, run } = context;
  const { entries, entryByName, jobs, learningRuns, linguistic, interpretations, interpretationByPrompt } = state;
  return {
    renameEntry: (request: RenameRequest) =>
      run((): RenameResult => {
        const parsed = parseOrThrow(renameRequestSchema, request, { component, what: 'rename request' });
        const id = entryByName.get(parsed.name.toLowerCase());
        const entry = id === undefined ? undefined : entries.get(id);
        if (entry === undefined) throw new MotionregError('not_found', `no registry entry named ${JSON.stringify(parsed.name)}`, { component });
        const holder = entryByName.get(parsed.newName.toLowerCase());
        if (holder !== undefined && holder !== entry.id) throw new MotionregError('conflict', `name ${JSON.stringify(parsed.newName)} is taken`, { component });
        const oldName = entry.name;
        const newName = parsed.newName;
        const protectedNames = [...entries.values()].filter((other) => other.id !== entry.id && containsWholeWord(other.name, oldName)).map((other) => other.name);
        const text = (value: string) => replaceWholeWord(value, oldName, newName, protectedNames);
        const json = <T>(value: T): T => JSON.parse(replaceWholeWordInJson(JSON.stringify(value), oldName, newName, protectedNames)) as T;
        const cascaded: Record<string, number> = {};
        const bump = (column: string) => { cascaded[column] = (cascaded[column] ?? 0) + 1; };

        // Plan every change first, so a collision leaves the store untouched.
        const interpretationChanges: [InterpretationRecord, InterpretationRecord][] = [];
        for (const record of interpretations.values()) {
          const prompt = text(record.prompt);
          const instruction = record.instruction === null ? null : json(record.instruction);
          if (prompt !== record.prompt || JSON.stringify(instruction) !== JSON.stringify(record.instruction)) {
            if (prompt !== record.prompt) {
              const clash = interpretationByPrompt.get(prompt);
              if (clash !== undefined && clash !== record.id) throw new MotionregError('conflict', `renaming would make two interpretations of ${JSON.stringify(prompt)}`, { component });
              bump('interpretations.prompt');
            }
            if (JSON.stringify(instruction) !== JSON.stringify(record.instruction)) bump('interpretations.instruction_json');
            interpretationChanges.push([record, { ...record, prompt, instruction }]);
          }
        }
        for (const [before, after] of interpretationChanges) {
          interpretationByPrompt.delete(before.prompt);
          interpretationByPrompt.set(after.prompt, after.id);
          interpretations.set(after.id, after);
        }
        for (const job of jobs.values()) {
          const prompt = text(job.prompt);
          if (prompt !== job.prompt) { jobs.set(job.id, { ...job, prompt }); bump('jobs.prompt'); }
        }
        for (const learning of learningRuns.values()) {
          const prompt = text(learning.prompt);
          const spec = learning.spec === null ? null : json(learning.spec);
          const summary = json(learning.summary);
          if (prompt !== learning.prompt) bump('learning_runs.prompt');
          if (JSON.stringify(spec) !== JSON.stringify(learning.spec)) bump('learning_runs.spec_json');
          if (JSON.stringify(summary) !== JSON.stringify(learning.summary)) bump('learning_runs.summary_json');
          learningRuns.set(learning.jobId, { ...learning, prompt, spec, summary });
        }
        for (const other of entries.values()) {
          const value = json(other.value);
          if (JSON.stringify(value) !== JSON.stringify(other.value)) { other.value = value; bump('registry_entries.value_json'); }
          const depth = json(other.depth);
          if (JSON.stringify(depth) !== JSON.stringify(other.depth)) { other.depth = depth; bump('registry_entries.depth_json'); }
        }
        // why: spans are lower-cased prompt text and names start with a capital, so only canonicals can hold a name.
        for (const [key, row] of [...linguistic]) {
          const canonical = text(row.canonical);
          if (canonical === row.canonical) continue;
          bump('linguistic_entries.canonical');
          linguistic.delete(key);
          const nextKey = linguisticKey(row.span, row.domain, canonical);
          const merged = linguistic.get(nextKey);
          linguistic.set(nextKey, merged === undefined ? { ...row, canonical } : { ...merged, count: merged.count + row.count });
        }
        entryByName.delete(oldName.toLowerCase());
        entry.name = newName;
        entryByName.set(newName.toLowerCase(), entry.id);
        return { oldName, newName, registry: entry.registry, aspect: entry.aspect, key: entry.key, cascaded };
      }),
  };
}
