import { MotionregError, parseOrThrow, registryKindSchema, renameRequestSchema } from '@motionreg/primitives';
import type { RegistryStore, RenameRequest, RenameResult } from '@motionreg/primitives';
import { z } from 'zod';
import { retryConflicts } from '../core/retry-conflicts.js';
import { containsWholeWord, replaceWholeWord, replaceWholeWordInJson } from '../core/whole-word.js';
import { linguisticKey } from '../core/prompt-growth.js';
import { clearGuards, guard, jsonChunks, notFound } from './sql-context.js';
import type { SqlStoreContext } from './sql-context.js';
import { sql } from './sql-executor.js';
import type { AtomicPlan, SqlRead, SqlStatement } from './sql-executor.js';
import { integerIdRowSchema, parseRow, parseRows, sqlInteger } from './sql-rows.js';

const component = 'grow';

/** The text columns a rename cascades into, with whether each holds JSON. */
const cascadeColumns = [
  { table: 'jobs', key: 'id', column: 'prompt', isJson: false },
  { table: 'learning_runs', key: 'job_id', column: 'prompt', isJson: false },
  { table: 'learning_runs', key: 'job_id', column: 'spec_json', isJson: true },
  { table: 'learning_runs', key: 'job_id', column: 'summary_json', isJson: true },
  { table: 'interpretations', key: 'id', column: 'prompt', isJson: false },
  { table: 'interpretations', key: 'id', column: 'instruction_json', isJson: true },
  { table: 'registry_entries', key: 'id', column: 'value_json', isJson: true },
  { table: 'registry_entries', key: 'id', column: 'depth_json', isJson: true },
] as const;

const targetRowSchema = z.object({ id: sqlInteger, registry: registryKindSchema, aspect: z.string(), entry_key: z.string(), name: z.string() });
const nameRowSchema = z.object({ name: z.string() });
const contentRowSchema = z.object({ row_key: z.union([z.string(), sqlInteger]), content: z.string() });
const clashRowSchema = z.object({ id: z.string(), prompt: z.string() });
const linguisticRowSchema = z.object({ id: sqlInteger, span: z.string(), domain: z.string(), canonical: z.string(), count: sqlInteger });
const mappingRowSchema = z.object({ id: sqlInteger, span: z.string(), domain: z.string(), canonical: z.string() });

/**
 * Plans a rename: the entry's new name and every whole-word use of the old one. Candidate rows are
 * found with `instr` (SQLite has no regular-expression replace; `LIKE` would be case-blind and D1
 * limits its patterns to 50 bytes) and rewritten here; each column's
 * changes go as one set-based statement (key, before, after as one JSON parameter), guarded so that
 * a row changed or added meanwhile rolls the batch back.
 */
async function planRename(read: SqlRead, request: RenameRequest): Promise<AtomicPlan<RenameResult>> {
  const targetRows = await read(sql('SELECT id, registry, aspect, entry_key, name FROM registry_entries WHERE name = ?', request.name));
  if (targetRows[0] === undefined) throw notFound(`no registry entry named ${JSON.stringify(request.name)}`);
  const target = parseRow(targetRowSchema, targetRows[0], 'registry_entries');
  const oldName = target.name;
  const newName = request.newName;
  const holder = await read(sql('SELECT id FROM registry_entries WHERE name = ?', newName));
  if (holder[0] !== undefined && parseRow(integerIdRowSchema, holder[0], 'registry_entries').id !== target.id) {
    throw new MotionregError('conflict', `name ${JSON.stringify(newName)} is taken`, { component });
  }
  const protectedNames = parseRows(nameRowSchema, await read(sql('SELECT name FROM registry_entries WHERE instr(name, ?) > 0 AND id != ?', oldName, target.id)), 'registry_entries')
    .map((row) => row.name)
    .filter((name) => containsWholeWord(name, oldName));

  const statements: SqlStatement[] = [
    guard('EXISTS (SELECT 1 FROM registry_entries WHERE id = ? AND name = ? COLLATE BINARY)', target.id, oldName),
    guard('NOT EXISTS (SELECT 1 FROM registry_entries WHERE name = ? AND id != ?)', newName, target.id),
  ];
  const updates: SqlStatement[] = [];
  const cascaded: Record<string, number> = {};
  const newPrompts: [id: string, prompt: string][] = [];
  for (const { table, key, column, isJson } of cascadeColumns) {
    const rows = parseRows(contentRowSchema, await read(sql(`SELECT ${key} AS row_key, ${column} AS content FROM ${table} WHERE instr(${column}, ?) > 0`, oldName)), table);
    // why: a row that starts to use the old name after this read would escape the cascade; the batch
    // fails instead, and is planned again, when the candidate count has changed.
    statements.push(guard(`(SELECT count(*) FROM ${table} WHERE instr(${column}, ?) > 0) = CAST(? AS INTEGER)`, oldName, rows.length));
    const changes: [key: string | number, before: string, after: string][] = [];
    for (const row of rows) {
      const after = isJson ? replaceWholeWordInJson(row.content, oldName, newName, protectedNames) : replaceWholeWord(row.content, oldName, newName, protectedNames);
      if (after !== row.content) changes.push([row.row_key, row.content, after]);
    }
    if (changes.length === 0) continue;
    if (table === 'interpretations' && column === 'prompt') for (const [id, , prompt] of changes) newPrompts.push([String(id), prompt]);
    for (const chunk of jsonChunks(changes)) {
      updates.push(
        sql(
          `UPDATE ${table} SET ${column} = json_extract(wanted.value, '$[2]') FROM json_each(?) AS wanted
           WHERE json_extract(wanted.value, '$[0]') = ${table}.${key} AND json_extract(wanted.value, '$[1]') = ${table}.${column}`,
          JSON.stringify(chunk),
        ),
        guard('changes() = CAST(? AS INTEGER)', chunk.length),
      );
    }
    cascaded[`${table}.${column}`] = changes.length;
  }
  // Two interpretations of one prompt would break the registry's one-row-per-prompt rule.
  if (newPrompts.length > 0) {
    const holders = parseRows(clashRowSchema, await read(sql("SELECT id, prompt FROM interpretations WHERE prompt IN (SELECT json_extract(value, '$[1]') FROM json_each(?))", JSON.stringify(newPrompts))), 'interpretations');
    const clash = newPrompts.find(([id, prompt], index) =>
      holders.some((holder) => holder.prompt === prompt && holder.id !== id) || newPrompts.findIndex(([, other]) => other === prompt) !== index);
    if (clash !== undefined) throw new MotionregError('conflict', `renaming would make two interpretations of ${JSON.stringify(clash[1])}`, { component });
  }
  // why: spans are lower-cased prompt text and names start with a capital, so only canonicals hold names.
  const linguisticRows = parseRows(linguisticRowSchema, await read(sql('SELECT id, span, domain, canonical, count FROM linguistic_entries WHERE instr(canonical, ?) > 0', oldName)), 'linguistic_entries');
  statements.push(guard('(SELECT count(*) FROM linguistic_entries WHERE instr(canonical, ?) > 0) = CAST(? AS INTEGER)', oldName, linguisticRows.length));
  const renamedMappings = linguisticRows
    .map((row) => ({ ...row, after: replaceWholeWord(row.canonical, oldName, newName, protectedNames) }))
    .filter((row) => row.after !== row.canonical);
  if (renamedMappings.length > 0) {
    // A mapping whose new canonical exists already merges into it (counts add up) instead of clashing.
    const targets = new Map<string, number>();
    const wanted = renamedMappings.map((row) => [row.span, row.domain, row.after]);
    for (const chunk of jsonChunks(wanted)) {
      const rows = await read(
        sql(
          `SELECT l.id, l.span, l.domain, l.canonical FROM json_each(?) AS wanted JOIN linguistic_entries AS l
             ON l.span = json_extract(wanted.value, '$[0]') AND l.domain = json_extract(wanted.value, '$[1]') AND l.canonical = json_extract(wanted.value, '$[2]')`,
          JSON.stringify(chunk),
        ),
      );
      for (const row of parseRows(mappingRowSchema, rows, 'linguistic_entries')) targets.set(linguisticKey(row.span, row.domain, row.canonical), row.id);
    }
    const moves: [id: number, before: string, after: string][] = [];
    const merges: [from: number, before: string, into: number, count: number][] = [];
    for (const row of renamedMappings) {
      const into = targets.get(linguisticKey(row.span, row.domain, row.after));
      if (into === undefined) moves.push([row.id, row.canonical, row.after]);
      else merges.push([row.id, row.canonical, into, row.count]);
    }
    for (const chunk of jsonChunks(moves)) {
      updates.push(
        sql(
          `UPDATE linguistic_entries SET canonical = json_extract(wanted.value, '$[2]') FROM json_each(?) AS wanted
           WHERE linguistic_entries.id = json_extract(wanted.value, '$[0]') AND linguistic_entries.canonical = json_extract(wanted.value, '$[1]')`,
          JSON.stringify(chunk),
        ),
        guard('changes() = CAST(? AS INTEGER)', chunk.length),
      );
    }
    for (const chunk of jsonChunks(merges)) {
      const change = JSON.stringify(chunk);
      updates.push(
        sql(
          `UPDATE linguistic_entries SET count = linguistic_entries.count + merged.total
           FROM (SELECT json_extract(value, '$[2]') AS into_id, sum(json_extract(value, '$[3]')) AS total FROM json_each(?) GROUP BY into_id) AS merged
           WHERE linguistic_entries.id = merged.into_id`,
          change,
        ),
        guard('changes() = CAST(? AS INTEGER)', new Set(chunk.map(([, , into]) => into)).size),
        sql(
          `DELETE FROM linguistic_entries WHERE EXISTS (SELECT 1 FROM json_each(?) AS wanted
             WHERE json_extract(wanted.value, '$[0]') = linguistic_entries.id AND json_extract(wanted.value, '$[1]') = linguistic_entries.canonical)`,
          change,
        ),
        guard('changes() = CAST(? AS INTEGER)', chunk.length),
      );
    }
    cascaded['linguistic_entries.canonical'] = renamedMappings.length;
  }
  statements.push(...updates, sql('UPDATE registry_entries SET name = ? WHERE id = ?', newName, target.id), clearGuards);
  const result: RenameResult = { oldName, newName, registry: target.registry, aspect: target.aspect, key: target.entry_key, cascaded };
  return { statements, finish: () => result };
}

/** The rename operation of the SQL store, with its whole-word cascade, in one atomic unit. */
export function sqlRenameOperations(context: SqlStoreContext): Pick<RegistryStore, 'renameEntry'> {
  return {
    renameEntry: (request: RenameRequest) =>
      context.run(() => {
        const parsed = parseOrThrow(renameRequestSchema, request, { component, what: 'rename request' });
        return retryConflicts(() => context.executor.atomic((read) => planRename(read, parsed)));
      }),
  };
}
