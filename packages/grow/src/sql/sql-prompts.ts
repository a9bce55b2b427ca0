import {
  MotionregError, instructionSchema, interpretationInputSchema, interpretationQuerySchema, parseOrThrow, promptGrowthRecordSchema,
} from '@motionreg/primitives';
import type {
  Instruction, InterpretationInput, InterpretationQuery, LinguisticEntry, PromptGrowthOutcome, PromptGrowthRecord, RegistryStore,
} from '@motionreg/primitives';
import { z } from 'zod';
import { linguisticKey, normalizeSpan } from '../core/prompt-growth.js';
import { retryConflicts } from '../core/retry-conflicts.js';
import { clearGuards, guard, notFound } from './sql-context.js';
import type { SqlStoreContext } from './sql-context.js';
import { sql } from './sql-executor.js';
import type { AtomicPlan, SqlRead, SqlStatement } from './sql-executor.js';
import { interpretationColumns, interpretationRowSchema, linguisticColumns, linguisticRowSchema, parseRow, parseRows, sqlInteger, textIdRowSchema } from './sql-rows.js';

const component = 'grow';
const ledgerRowSchema = z.object({ interpretation_id: z.string(), linguistic_added: sqlInteger, linguistic_counted: sqlInteger });
const mappingRowSchema = z.object({ span: z.string(), domain: z.string(), canonical: z.string() });

/** The linguistic registry, the most counted first. */
export async function readLinguistic(read: SqlRead): Promise<LinguisticEntry[]> {
  return parseRows(linguisticRowSchema, await read(sql(`SELECT ${linguisticColumns} FROM linguistic_entries ORDER BY count DESC, span, id`)), 'linguistic_entries');
}

/**
 * Plans one prompt's growth: nothing when its source was recorded; otherwise the interpretation
 * (one row per prompt) and one count per distinct mapping, in set-based statements (every mapping
 * in one JSON parameter), guarded so that a concurrent change rolls the batch back.
 */
async function planPromptGrowth(read: SqlRead, record: PromptGrowthRecord, at: string): Promise<AtomicPlan<PromptGrowthOutcome>> {
  const ledger = await read(sql('SELECT interpretation_id, linguistic_added, linguistic_counted FROM prompt_growth_runs WHERE source_id = ?', record.sourceId));
  if (ledger[0] !== undefined) {
    const row = parseRow(ledgerRowSchema, ledger[0], 'prompt_growth_runs');
    const outcome: PromptGrowthOutcome = { sourceId: record.sourceId, alreadyRecorded: true, interpretationId: row.interpretation_id, linguisticAdded: row.linguistic_added, linguisticCounted: row.linguistic_counted };
    return { statements: [], finish: () => outcome };
  }
  const existingInterpretation = await read(sql('SELECT id FROM interpretations WHERE prompt = ?', record.prompt));
  const interpretationId = existingInterpretation[0] === undefined ? crypto.randomUUID() : parseRow(textIdRowSchema, existingInterpretation[0], 'interpretations').id;

  const mappings = new Map<string, [span: string, domain: string, canonical: string, kind: string]>();
  for (const mapping of record.instruction.mappings) {
    const span = normalizeSpan(mapping.span);
    if (span.length > 0) mappings.set(linguisticKey(span, mapping.domain, mapping.canonical), [span, mapping.domain, mapping.canonical, mapping.kind]);
  }
  const known = new Set<string>();
  if (mappings.size > 0) {
    const rows = await read(
      sql(
        `SELECT l.span, l.domain, l.canonical FROM json_each(?) AS wanted
         JOIN linguistic_entries AS l ON l.span = json_extract(wanted.value, '$[0]') AND l.domain = json_extract(wanted.value, '$[1]') AND l.canonical = json_extract(wanted.value, '$[2]')`,
        JSON.stringify([...mappings.values()]),
      ),
    );
    for (const row of parseRows(mappingRowSchema, rows, 'linguistic_entries')) known.add(linguisticKey(row.span, row.domain, row.canonical));
  }
  const counted = [...mappings].filter(([key]) => known.has(key)).map(([, mapping]) => mapping);
  const added = [...mappings].filter(([key]) => !known.has(key)).map(([, mapping]) => mapping);
  const outcome: PromptGrowthOutcome = { sourceId: record.sourceId, alreadyRecorded: false, interpretationId, linguisticAdded: added.length, linguisticCounted: counted.length };
  const matches = `json_extract(wanted.value, '$[0]') = linguistic_entries.span AND json_extract(wanted.value, '$[1]') = linguistic_entries.domain
    AND json_extract(wanted.value, '$[2]') = linguistic_entries.canonical`;
  const statements: SqlStatement[] = [
    guard('NOT EXISTS (SELECT 1 FROM prompt_growth_runs WHERE source_id = ?)', record.sourceId),
    sql(
      `INSERT INTO interpretations (id, prompt, source, status, instruction_json, created_at, updated_at) VALUES (?, ?, ?, 'done', ?, ?, ?)
       ON CONFLICT (prompt) DO UPDATE SET status = 'done', instruction_json = excluded.instruction_json, updated_at = excluded.updated_at`,
      interpretationId, record.prompt, record.source, JSON.stringify(record.instruction), at, at,
    ),
    guard('EXISTS (SELECT 1 FROM interpretations WHERE id = ? AND prompt = ?)', interpretationId, record.prompt),
    sql(
      `UPDATE linguistic_entries SET count = count + 1, last_seen_at = ?,
         kind = (SELECT json_extract(wanted.value, '$[3]') FROM json_each(?) AS wanted WHERE ${matches})
       WHERE EXISTS (SELECT 1 FROM json_each(?) AS wanted WHERE ${matches})`,
      at, JSON.stringify(counted), JSON.stringify(counted),
    ),
    // Every mapping read as known must still be there: a rename may have merged one away meanwhile.
    guard('changes() = CAST(? AS INTEGER)', counted.length),
    sql(
      `INSERT INTO linguistic_entries (span, domain, canonical, kind, count, first_seen_at, last_seen_at)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), 1, ?, ? FROM json_each(?)`,
      at, at, JSON.stringify(added),
    ),
    sql('INSERT INTO prompt_growth_runs (source_id, interpretation_id, linguistic_added, linguistic_counted, created_at) VALUES (?, ?, ?, ?, ?)', record.sourceId, interpretationId, outcome.linguisticAdded, outcome.linguisticCounted, at),
    clearGuards,
  ];
  return { statements, finish: () => outcome };
}

/** The prompt operations of the SQL store: prompt growth, the interpretation queue and the linguistic registry. */
export function sqlPromptOperations(
  context: SqlStoreContext,
): Pick<RegistryStore, 'recordPromptGrowth' | 'enqueueInterpretation' | 'listInterpretations' | 'completeInterpretation' | 'listLinguistic'> {
  const { executor, clock, run } = context;
  const readInterpretation = async (id: string) => {
    const rows = await executor.read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE id = ?`, id));
    return rows[0] === undefined ? null : parseRow(interpretationRowSchema, rows[0], 'interpretations');
  };

  return {
    recordPromptGrowth: (input: PromptGrowthRecord) =>
      run(() => {
        const record = parseOrThrow(promptGrowthRecordSchema, input, { component, what: 'prompt growth record' });
        return retryConflicts(() => executor.atomic((read) => planPromptGrowth(read, record, clock().toISOString())));
      }),

    enqueueInterpretation: (input: InterpretationInput) =>
      run(() => {
        const parsed = parseOrThrow(interpretationInputSchema, input, { component, what: 'interpretation' });
        return retryConflicts(() =>
          executor.atomic(async (read) => {
            const existing = await read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE prompt = ?`, parsed.prompt));
            if (existing[0] !== undefined) {
              const record = parseRow(interpretationRowSchema, existing[0], 'interpretations');
              return { statements: [], finish: () => record };
            }
            const at = clock().toISOString();
            return {
              statements: [sql(`INSERT INTO interpretations (id, prompt, source, status, instruction_json, created_at, updated_at) VALUES (?, ?, ?, 'pending', NULL, ?, ?) RETURNING ${interpretationColumns}`, crypto.randomUUID(), parsed.prompt, parsed.source, at, at)],
              finish: (results) => parseRow(interpretationRowSchema, results[0]?.[0], 'interpretations'),
            };
          }),
        );
      }),

    listInterpretations: (query: InterpretationQuery = {}) =>
      run(async () => {
        const parsed = parseOrThrow(interpretationQuerySchema, query, { component, what: 'interpretation query' });
        const rows = await executor.read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE (? = '' OR status = ?) ORDER BY rowid LIMIT ?`, parsed.status ?? '', parsed.status ?? '', parsed.limit));
        return parseRows(interpretationRowSchema, rows, 'interpretations');
      }),

    completeInterpretation: (id: string, instruction: Instruction) =>
      run(async () => {
        const parsedInstruction = parseOrThrow(instructionSchema, instruction, { component, what: 'instruction' });
        await retryConflicts(() =>
          executor.atomic(async (read) => {
            const rows = await read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE id = ?`, id));
            if (rows[0] === undefined) throw notFound(`no interpretation ${id}`);
            const record = parseRow(interpretationRowSchema, rows[0], 'interpretations');
            return planPromptGrowth(read, { sourceId: id, prompt: record.prompt, source: record.source, instruction: parsedInstruction }, clock().toISOString());
          }),
        );
        const completed = await readInterpretation(id);
        if (completed === null) throw new MotionregError('internal', `interpretation ${id} is missing right after it was completed`, { component });
        return completed;
      }),

    listLinguistic: () => run(() => readLinguistic(context.read)),
  };
}
