import { entryQuerySchema, knowledgeOptionsSchema, parseOrThrow, registryAddressSchema } from '@motionreg/primitives';
import type {
  EntryQuery, InterpretationRecord, Knowledge, KnowledgeOptions, RegistryAddress, RegistryEntry, RegistryExport, RegistryStore,
} from '@motionreg/primitives';
import { z } from 'zod';
import { buildExport, buildKnowledge, toRegistryEntry } from '../core/shape.js';
import type { StoredEntry } from '../core/shape.js';
import { pageSize } from './sql-context.js';
import type { SqlStoreContext } from './sql-context.js';
import { sql } from './sql-executor.js';
import type { SqlRead, SqlRow, SqlValue } from './sql-executor.js';
import { readLinguistic } from './sql-prompts.js';
import { entryColumns, entryRowSchema, entrySourceRowSchema, interpretationColumns, interpretationRowSchema, parseRow, parseRows, sqlInteger } from './sql-rows.js';

const component = 'grow';
const promptRowSchema = z.object({ prompt: z.string(), uses: sqlInteger, last_seen_at: z.string() });
const totalsRowSchema = z.object({
  entries: sqlInteger, jobs: sqlInteger, learning_runs: sqlInteger, discovery_runs: sqlInteger, linguistic: sqlInteger, interpretations: sqlInteger,
});

/** Sources (job ids, oldest first) of entries with ids in [firstId, lastId], read page by page. */
async function readSources(read: SqlRead, firstId: number, lastId: number): Promise<Map<number, string[]>> {
  const sources = new Map<number, string[]>();
  let after: [number, string, string] = [firstId - 1, '', ''];
  for (;;) {
    const rows = parseRows(
      entrySourceRowSchema,
      await read(
        sql(
          `SELECT entry_id, job_id, seen_at FROM entry_sources
           WHERE entry_id BETWEEN ? AND ? AND (entry_id, seen_at, job_id) > (?, ?, ?)
           ORDER BY entry_id, seen_at, job_id LIMIT ?`,
          firstId, lastId, after[0], after[1], after[2], pageSize,
        ),
      ),
      'entry_sources',
    );
    for (const row of rows) {
      const list = sources.get(row.entry_id) ?? [];
      list.push(row.job_id);
      sources.set(row.entry_id, list);
    }
    const last = rows.at(-1);
    if (rows.length < pageSize || last === undefined) return sources;
    after = [last.entry_id, last.seen_at, last.job_id];
  }
}

/** Entry rows with their sources. */
async function withSources(read: SqlRead, rows: readonly SqlRow[]): Promise<StoredEntry[]> {
  const entries = parseRows(entryRowSchema, rows, 'registry_entries');
  if (entries.length === 0) return [];
  const ids = entries.map((entry) => entry.id);
  const sources = await readSources(read, Math.min(...ids), Math.max(...ids));
  return entries.map((entry) => ({ ...entry, sources: sources.get(entry.id) ?? [] }));
}

/** Every entry matching `where` (a constant SQL condition with bound params), in id order, page by page. */
async function readEntries(read: SqlRead, where: string, params: readonly SqlValue[]): Promise<StoredEntry[]> {
  const rows: SqlRow[] = [];
  let afterId = 0;
  for (;;) {
    const page = await read(sql(`SELECT ${entryColumns} FROM registry_entries WHERE id > ? AND (${where}) ORDER BY id LIMIT ?`, afterId, ...params, pageSize));
    rows.push(...page);
    const last = page.at(-1);
    if (page.length < pageSize || last === undefined) break;
    afterId = parseRow(entryRowSchema, last, 'registry_entries').id;
  }
  return withSources(read, rows);
}

/** The reading operations of the SQL store: one registry, the knowledge for creation, the whole export. */
export function sqlExportOperations(context: SqlStoreContext): Pick<RegistryStore, 'listEntries' | 'getKnowledge' | 'exportRegistries'> {
  const { clock, run, read } = context;
  return {
    listEntries: (address: RegistryAddress, query: EntryQuery = {}) =>
      run(async (): Promise<RegistryEntry[]> => {
        const parsedAddress = parseOrThrow(registryAddressSchema, address, { component, what: 'registry address' });
        const parsed = parseOrThrow(entryQuerySchema, query, { component, what: 'entry query' });
        const rows = await read(
          sql(
            `SELECT ${entryColumns} FROM registry_entries WHERE registry = ? AND aspect = ? AND (? = '' OR origin = ?)
             ORDER BY last_seen_at DESC, id DESC LIMIT ?`,
            parsedAddress.registry, parsedAddress.aspect, parsed.origin ?? '', parsed.origin ?? '', parsed.limit ?? -1,
          ),
        );
        return (await withSources(read, rows)).map(toRegistryEntry);
      }),

    getKnowledge: (knowledgeOptions: KnowledgeOptions = {}) =>
      run(async (): Promise<Knowledge> => {
        const parsed = parseOrThrow(knowledgeOptionsSchema, knowledgeOptions, { component, what: 'knowledge options' });
        const entries = await readEntries(read, '1 = 1', []);
        const promptRows = await read(
          sql(
            `SELECT prompt, count(*) AS uses, max(seen_at) AS last_seen_at FROM (
               SELECT prompt, created_at AS seen_at FROM jobs
               UNION ALL SELECT prompt, updated_at AS seen_at FROM interpretations WHERE status = 'done'
             ) GROUP BY prompt ORDER BY last_seen_at DESC, prompt LIMIT ?`,
            parsed.promptLimit,
          ),
        );
        const prompts = parseRows(promptRowSchema, promptRows, 'prompts').map((row) => ({ prompt: row.prompt, count: row.uses, lastSeenAt: row.last_seen_at }));
        return buildKnowledge({ entries, linguistic: await readLinguistic(read), prompts, generatedAt: clock().toISOString(), limitPerPool: parsed.limitPerPool });
      }),

    exportRegistries: () =>
      run(async (): Promise<RegistryExport> => {
        const entries = await readEntries(read, '1 = 1', []);
        const interpretations: InterpretationRecord[] = [];
        for (let offset = 0; ; offset += pageSize) {
          const page = await read(sql(`SELECT ${interpretationColumns} FROM interpretations ORDER BY rowid LIMIT ? OFFSET ?`, pageSize, offset));
          interpretations.push(...parseRows(interpretationRowSchema, page, 'interpretations'));
          if (page.length < pageSize) break;
        }
        const totals = parseRow(
          totalsRowSchema,
          (
            await read(
              sql(`SELECT (SELECT count(*) FROM registry_entries) AS entries, (SELECT count(*) FROM jobs) AS jobs,
                    (SELECT count(*) FROM learning_runs) AS learning_runs, (SELECT count(*) FROM discovery_runs) AS discovery_runs,
                    (SELECT count(*) FROM linguistic_entries) AS linguistic, (SELECT count(*) FROM interpretations) AS interpretations`),
            )
          )[0],
          'totals',
        );
        return buildExport({
          entries,
          linguistic: await readLinguistic(read),
          interpretations,
          totals: {
            entries: totals.entries,
            jobs: totals.jobs,
            learningRuns: totals.learning_runs,
            discoveryRuns: totals.discovery_runs,
            linguistic: totals.linguistic,
            interpretations: totals.interpretations,
          },
          exportedAt: clock().toISOString(),
        });
      }),
  };
}
