import {
  MotionregError, parseOrThrow, backfillQuerySchema, claimRequestSchema, diagnosticsQuerySchema, entryQuerySchema, growthRecordSchema, instructionSchema,
  interpretationInputSchema, interpretationQuerySchema, jobInputSchema, jobQuerySchema, jobUpdateSchema,
  knowledgeOptionsSchema, learningRunInputSchema, promptGrowthRecordSchema, registryAddressSchema, renameRequestSchema,
} from '@motionreg/primitives';
import type {
  BackfillQuery, BackfillResult, ClaimRequest, Diagnostics, DiagnosticsQuery, DiscoveryRun, EntryQuery, GrowthOutcome, GrowthRecordInput,
  Instruction, InterpretationInput, InterpretationQuery, InterpretationRecord, Job, JobCounts, JobInput, JobQuery, JobStatus, JobUpdate,
  Knowledge, KnowledgeOptions, LearningRun, LearningRunInput, LinguisticEntry, PromptGrowthOutcome,
  PromptGrowthRecord, RegistryAddress, RegistryEntry, RegistryExport, RegistryStore, RenameRequest, RenameResult,
  StoreCapabilities,
} from '@motionreg/primitives';
import { refKey } from '../core/entry-ref.js';
import type { EntryRef } from '../core/entry-ref.js';
import { planGrowth } from '../core/plan-growth.js';
import type { EntryNamer, ExistingEntry, GrowthReader } from '../core/plan-growth.js';
import { linguisticKey, normalizeSpan } from '../core/prompt-growth.js';
import { retryConflicts } from '../core/retry-conflicts.js';
import { createSerialQueue } from '../core/serial-queue.js';
import {
  backfilledSummary, buildDiagnostics, buildExport, buildKnowledge, emptyJobCounts, measuredStatuses, staleCutoff, staleJobError,
  toRegistryEntry, unfinishedStatuses,
} from '../core/shape.js';
import type { StoredEntry } from '../core/shape.js';
import { containsWholeWord, replaceWholeWord, replaceWholeWordInJson } from '../core/whole-word.js';
import { nameCandidates } from '../naming/name-entry.js';
import { sql } from './sql-executor.js';
import type { SqlExecutor, SqlRead, SqlRow, SqlStatement, SqlValue } from './sql-executor.js';
import { entryColumns, entryFromRow, flag, integer, jobColumns, jobFromRow, json, optionalText, text } from './sql-rows.js';

/** Options of {@link createSqlStore}. */
export interface SqlStoreOptions {
  capabilities: StoreCapabilities;
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

/** Rows per page when reading whole tables, well under any engine's response limits. */
const pageSize = 2000;

// why: a batch whose guard row holds 0 fails the CHECK constraint and rolls back as a whole.
const clearGuards = sql('DELETE FROM store_guards');
const guard = (condition: string, ...params: (string | number)[]): SqlStatement => sql(`INSERT INTO store_guards (ok) SELECT ${condition}`, ...params);
const guardLastChange = sql('INSERT INTO store_guards (ok) VALUES (changes())');

const notFound = (what: string) => new MotionregError('not_found', what, { component: 'grow' });

/** `LIKE` pattern for a substring, escaping the pattern characters. */
function likeSubstring(value: string): string {
  return `%${value.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * A {@link RegistryStore} over any SQL engine that speaks SQLite and provides a {@link SqlExecutor}:
 * the embedded SQLite file and D1 over HTTP share this code, their schema (the package's numbered
 * migrations) and their behaviour. Every statement binds its values; every write is one atomic unit
 * (`executor.atomic`), planned against the state it reads and guarded so that, on an engine without
 * interactive transactions, a concurrent change rolls the unit back and it is planned again.
 */
export function createSqlStore(executor: SqlExecutor, options: SqlStoreOptions): RegistryStore {
  const clock = options.clock ?? (() => new Date());
  const namer = options.namer ?? nameCandidates;
  const serial = createSerialQueue();
  let closed = false;

  const run = <T>(task: () => Promise<T>): Promise<T> =>
    serial(async () => {
      if (closed) throw new MotionregError('store_unavailable', `${executor.kind} store is closed`, { component: 'grow' });
      return task();
    });

  // ---- reading helpers ---------------------------------------------------------------------------

  const growthReader = (read: SqlRead): GrowthReader => ({
    discoveryRun: async (jobId) => {
      const rows = await read(sql('SELECT backfilled FROM discovery_runs WHERE job_id = ?', jobId));
      return rows[0] === undefined ? null : { backfilled: flag(rows[0], 'backfilled') };
    },
    findEntries: async (refs) => {
      const found = new Map<string, ExistingEntry>();
      if (refs.length === 0) return found;
      const rows = await read(
        sql(
          `SELECT e.id, e.name, e.count, e.registry, e.aspect, e.origin, e.entry_key
           FROM json_each(?) AS wanted
           JOIN registry_entries AS e
             ON e.registry = json_extract(wanted.value, '$[0]') AND e.aspect = json_extract(wanted.value, '$[1]')
            AND e.origin = json_extract(wanted.value, '$[2]') AND e.entry_key = json_extract(wanted.value, '$[3]')`,
          JSON.stringify(refs.map((ref) => [ref.registry, ref.aspect, ref.origin, ref.key])),
        ),
      );
      for (const row of rows) {
        const ref: EntryRef = { registry: text(row, 'registry') as EntryRef['registry'], aspect: text(row, 'aspect'), origin: text(row, 'origin') as EntryRef['origin'], key: text(row, 'entry_key') };
        found.set(refKey(ref), { id: integer(row, 'id'), name: text(row, 'name'), count: integer(row, 'count') });
      }
      return found;
    },
    takenNames: async (names) => {
      if (names.length === 0) return new Set();
      const rows = await read(sql('SELECT name FROM registry_entries WHERE name IN (SELECT value FROM json_each(?))', JSON.stringify(names)));
      return new Set(rows.map((row) => text(row, 'name').toLowerCase()));
    },
  });

  /** Sources (job ids, oldest first) of entries with ids in [firstId, lastId]. */
  const readSources = async (firstId: number, lastId: number): Promise<Map<number, string[]>> => {
    const sources = new Map<number, string[]>();
    let afterKey: [number, string, string] = [firstId - 1, '', ''];
    for (;;) {
      const rows = await executor.read(
        sql(
          `SELECT entry_id, job_id, seen_at FROM entry_sources
           WHERE entry_id BETWEEN ? AND ? AND (entry_id, seen_at, job_id) > (?, ?, ?)
           ORDER BY entry_id, seen_at, job_id LIMIT ?`,
          firstId, lastId, afterKey[0], afterKey[1], afterKey[2], pageSize,
        ),
      );
      for (const row of rows) {
        const id = integer(row, 'entry_id');
        const list = sources.get(id) ?? [];
        list.push(text(row, 'job_id'));
        sources.set(id, list);
      }
      const last = rows.at(-1);
      if (rows.length < pageSize || last === undefined) return sources;
      afterKey = [integer(last, 'entry_id'), text(last, 'seen_at'), text(last, 'job_id')];
    }
  };

  /** Every entry matching `where` (a constant SQL condition with bound params), in id order. */
  const readEntries = async (where: string, params: (string | number)[]): Promise<StoredEntry[]> => {
    const rows: SqlRow[] = [];
    let afterId = 0;
    for (;;) {
      const page = await executor.read(sql(`SELECT ${entryColumns} FROM registry_entries WHERE id > ? AND (${where}) ORDER BY id LIMIT ?`, afterId, ...params, pageSize));
      rows.push(...page);
      const last = page.at(-1);
      if (page.length < pageSize || last === undefined) break;
      afterId = integer(last, 'id');
    }
    if (rows.length === 0) return [];
    const sources = await readSources(integer(rows[0]!, 'id'), integer(rows.at(-1)!, 'id'));
    return rows.map((row) => entryFromRow(row, sources.get(integer(row, 'id')) ?? []));
  };

  const readLinguistic = async (): Promise<LinguisticEntry[]> => {
    const rows = await executor.read(sql('SELECT span, canonical, domain, kind, count FROM linguistic_entries ORDER BY count DESC, span, id'));
    return rows.map((row) => ({
      span: text(row, 'span'),
      canonical: text(row, 'canonical'),
      domain: text(row, 'domain') as LinguisticEntry['domain'],
      kind: text(row, 'kind') as LinguisticEntry['kind'],
      count: integer(row, 'count'),
    }));
  };

  const interpretationFromRow = (row: SqlRow): InterpretationRecord => {
    const instruction = optionalText(row, 'instruction_json');
    return {
      id: text(row, 'id'),
      prompt: text(row, 'prompt'),
      source: text(row, 'source'),
      status: text(row, 'status') as InterpretationRecord['status'],
      instruction: instruction === null ? null : (JSON.parse(instruction) as Instruction),
      createdAt: text(row, 'created_at'),
      updatedAt: text(row, 'updated_at'),
    };
  };
  const interpretationColumns = 'id, prompt, source, status, instruction_json, created_at, updated_at';

  const learningFromRow = (row: SqlRow): LearningRun => ({
    schemaVersion: 1,
    jobId: text(row, 'job_id'),
    prompt: text(row, 'prompt'),
    spec: json<LearningRun['spec']>(row, 'spec_json'),
    summary: json<LearningRun['summary']>(row, 'summary_json'),
    backfilled: flag(row, 'backfilled'),
    createdAt: text(row, 'created_at'),
  });

  const discoveryFromRow = (row: SqlRow): DiscoveryRun => ({
    schemaVersion: 1,
    jobId: text(row, 'job_id'),
    focus: text(row, 'focus') as DiscoveryRun['focus'],
    added: integer(row, 'added'),
    counted: integer(row, 'counted'),
    byAspect: json<DiscoveryRun['byAspect']>(row, 'by_aspect_json'),
    backfilled: flag(row, 'backfilled'),
    createdAt: text(row, 'created_at'),
  });

  const learningUpsert = (learning: LearningRun): SqlStatement =>
    sql(
      `INSERT INTO learning_runs (job_id, prompt, spec_json, summary_json, backfilled, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (job_id) DO UPDATE SET prompt = excluded.prompt, spec_json = excluded.spec_json, summary_json = excluded.summary_json,
         backfilled = excluded.backfilled, created_at = excluded.created_at
       WHERE learning_runs.backfilled = 1`,
      learning.jobId, learning.prompt, JSON.stringify(learning.spec), JSON.stringify(learning.summary), learning.backfilled ? 1 : 0, learning.createdAt,
    );

  const readMeasuredJobs = async (read: SqlRead, last: number) => {
    const rows = await read(
      sql(
        `SELECT ${jobColumns.split(', ').map((column) => `j.${column}`).join(', ')}, l.backfilled AS learning_backfilled, d.backfilled AS discovery_backfilled
         FROM jobs AS j LEFT JOIN learning_runs AS l ON l.job_id = j.id LEFT JOIN discovery_runs AS d ON d.job_id = j.id
         WHERE j.status IN (${measuredStatuses.map(() => '?').join(', ')}) ORDER BY j.rowid DESC LIMIT ?`,
        ...measuredStatuses, last,
      ),
    );
    const jobs = rows.map(jobFromRow);
    const learning = new Map<string, { backfilled: boolean }>();
    const discovery = new Map<string, { backfilled: boolean }>();
    for (const row of rows) {
      if (row.learning_backfilled !== null && row.learning_backfilled !== undefined) learning.set(text(row, 'id'), { backfilled: flag(row, 'learning_backfilled') });
      if (row.discovery_backfilled !== null && row.discovery_backfilled !== undefined) discovery.set(text(row, 'id'), { backfilled: flag(row, 'discovery_backfilled') });
    }
    return { jobs, learning, discovery };
  };

  const readJobCounts = async (read: SqlRead): Promise<JobCounts> => {
    const counts = emptyJobCounts();
    for (const row of await read(sql('SELECT status, count(*) AS jobs FROM jobs GROUP BY status'))) {
      counts[text(row, 'status') as JobStatus] = integer(row, 'jobs');
    }
    return counts;
  };

  /** Failed jobs (most recent first) and stale ones (oldest first), at most `last` of each. */
  const readUnfinishedJobs = async (read: SqlRead, last: number, staleAfterMs: number, now: Date) => {
    const failed = await read(sql(`SELECT ${jobColumns} FROM jobs WHERE status = 'failed' ORDER BY updated_at DESC, rowid DESC LIMIT ?`, last));
    const at = now.toISOString();
    const stale = await read(
      sql(
        `SELECT ${jobColumns} FROM jobs
         WHERE updated_at <= ? AND ((status = 'pending' AND (lease_expires_at IS NULL OR lease_expires_at <= ?)) OR status IN (?, ?))
         ORDER BY updated_at, rowid LIMIT ?`,
        staleCutoff(now, staleAfterMs), at, ...unfinishedStatuses, last,
      ),
    );
    return { failed: failed.map(jobFromRow), stale: stale.map(jobFromRow) };
  };

  // ---- prompt growth -----------------------------------------------------------------------------

  const planPromptGrowth = async (read: SqlRead, record: PromptGrowthRecord, at: string) => {
    const ledger = await read(sql('SELECT interpretation_id, linguistic_added, linguistic_counted FROM prompt_growth_runs WHERE source_id = ?', record.sourceId));
    if (ledger[0] !== undefined) {
      const outcome: PromptGrowthOutcome = {
        sourceId: record.sourceId, alreadyRecorded: true, interpretationId: text(ledger[0], 'interpretation_id'),
        linguisticAdded: integer(ledger[0], 'linguistic_added'), linguisticCounted: integer(ledger[0], 'linguistic_counted'),
      };
      return { statements: [] as SqlStatement[], finish: () => outcome };
    }
    const existingInterpretation = await read(sql('SELECT id FROM interpretations WHERE prompt = ?', record.prompt));
    const interpretationId = existingInterpretation[0] === undefined ? crypto.randomUUID() : text(existingInterpretation[0], 'id');

    const mappings = new Map<string, { span: string; domain: string; canonical: string; kind: string }>();
    for (const mapping of record.instruction.mappings) {
      const span = normalizeSpan(mapping.span);
      if (span.length > 0) mappings.set(linguisticKey(span, mapping.domain, mapping.canonical), { span, domain: mapping.domain, canonical: mapping.canonical, kind: mapping.kind });
    }
    const known = new Set<string>();
    if (mappings.size > 0) {
      const rows = await read(
        sql(
          `SELECT l.span, l.domain, l.canonical FROM json_each(?) AS wanted
           JOIN linguistic_entries AS l ON l.span = json_extract(wanted.value, '$[0]') AND l.domain = json_extract(wanted.value, '$[1]') AND l.canonical = json_extract(wanted.value, '$[2]')`,
          JSON.stringify([...mappings.values()].map((mapping) => [mapping.span, mapping.domain, mapping.canonical])),
        ),
      );
      for (const row of rows) known.add(linguisticKey(text(row, 'span'), text(row, 'domain'), text(row, 'canonical')));
    }
    const statements: SqlStatement[] = [
      guard('NOT EXISTS (SELECT 1 FROM prompt_growth_runs WHERE source_id = ?)', record.sourceId),
      sql(
        `INSERT INTO interpretations (id, prompt, source, status, instruction_json, created_at, updated_at) VALUES (?, ?, ?, 'done', ?, ?, ?)
         ON CONFLICT (prompt) DO UPDATE SET status = 'done', instruction_json = excluded.instruction_json, updated_at = excluded.updated_at`,
        interpretationId, record.prompt, record.source, JSON.stringify(record.instruction), at, at,
      ),
      guard('EXISTS (SELECT 1 FROM interpretations WHERE id = ? AND prompt = ?)', interpretationId, record.prompt),
    ];
    let added = 0;
    for (const [key, mapping] of mappings) {
      if (known.has(key)) {
        statements.push(sql('UPDATE linguistic_entries SET count = count + 1, kind = ?, last_seen_at = ? WHERE span = ? AND domain = ? AND canonical = ?', mapping.kind, at, mapping.span, mapping.domain, mapping.canonical));
        statements.push(guardLastChange);
      } else {
        added += 1;
        statements.push(
          sql('INSERT INTO linguistic_entries (span, domain, canonical, kind, count, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, 1, ?, ?)', mapping.span, mapping.domain, mapping.canonical, mapping.kind, at, at),
        );
      }
    }
    const outcome: PromptGrowthOutcome = { sourceId: record.sourceId, alreadyRecorded: false, interpretationId, linguisticAdded: added, linguisticCounted: mappings.size - added };
    statements.push(
      sql('INSERT INTO prompt_growth_runs (source_id, interpretation_id, linguistic_added, linguistic_counted, created_at) VALUES (?, ?, ?, ?, ?)', record.sourceId, interpretationId, outcome.linguisticAdded, outcome.linguisticCounted, at),
      clearGuards,
    );
    return { statements, finish: () => outcome };
  };

  // ---- the store ---------------------------------------------------------------------------------

  const store: RegistryStore = {
    specificationVersion: 'v1',
    kind: executor.kind,
    capabilities: options.capabilities,

    createJob: (input: JobInput) =>
      run(() =>
        retryConflicts(() =>
          executor.atomic(async (read) => {
            const parsed = parseOrThrow(jobInputSchema, input, { component: 'grow', what: 'job' });
            const id = parsed.id ?? crypto.randomUUID();
            if ((await read(sql('SELECT 1 AS found FROM jobs WHERE id = ?', id))).length > 0) {
              throw new MotionregError('conflict', `job ${id} exists already`, { component: 'grow' });
            }
            const at = clock().toISOString();
            return {
              statements: [sql(`INSERT INTO jobs (id, prompt, status, workflow, clip_path, created_at, updated_at) VALUES (?, ?, 'pending', NULLIF(?, ''), NULL, ?, ?) RETURNING ${jobColumns}`, id, parsed.prompt, parsed.workflow ?? '', at, at)],
              finish: (results) => jobFromRow(results[0]![0]!),
            };
          }),
        ),
      ),

    updateJob: (id: string, update: JobUpdate) =>
      run(async () => {
        const parsed = parseOrThrow(jobUpdateSchema, update, { component: 'grow', what: 'job update' });
        // why: the SET list is built from constant fragments, so the SQL text stays constant per shape and every value is bound.
        const assignments = ['status = ?', 'updated_at = ?'];
        const params: SqlValue[] = [parsed.status, clock().toISOString()];
        if (parsed.clipPath !== undefined) {
          assignments.push("clip_path = NULLIF(?, '')");
          params.push(parsed.clipPath ?? '');
        }
        if (parsed.status !== 'failed') assignments.push('error = NULL');
        else if (parsed.error !== undefined) {
          assignments.push("error = NULLIF(?, '')");
          params.push(parsed.error ?? '');
        }
        // A job put back to pending is released at once, whoever held its lease.
        if (parsed.status === 'pending') assignments.push('lease_owner = NULL', 'lease_expires_at = NULL');
        const statement = sql(`UPDATE jobs SET ${assignments.join(', ')} WHERE id = ? RETURNING ${jobColumns}`, ...params, id);
        const row = await executor.atomic(async () => ({ statements: [statement], finish: (results) => results[0]![0] }));
        if (row === undefined) throw notFound(`no job ${id}`);
        return jobFromRow(row);
      }),

    claimJob: (request: ClaimRequest) =>
      run(async () => {
        const parsed = parseOrThrow(claimRequestSchema, request, { component: 'grow', what: 'claim request' });
        const now = clock();
        const at = now.toISOString();
        // why: one statement picks and leases the job, so no other claimer can take it in between on
        // any engine (SQLite runs it under the write lock, D1 runs each statement alone).
        const statement = sql(
          `UPDATE jobs SET lease_owner = ?, lease_expires_at = ?, updated_at = ?
           WHERE id = (SELECT id FROM jobs WHERE status = 'pending' AND (lease_expires_at IS NULL OR lease_expires_at <= ?) ORDER BY created_at, rowid LIMIT 1)
           RETURNING ${jobColumns}`,
          parsed.worker, new Date(now.getTime() + parsed.leaseMs).toISOString(), at, at,
        );
        const row = await executor.atomic(async () => ({ statements: [statement], finish: (results) => results[0]![0] }));
        return row === undefined ? null : jobFromRow(row);
      }),

    countJobs: () => run(() => readJobCounts((statement) => executor.read(statement))),

    getJob: (id: string) =>
      run(async () => {
        const rows = await executor.read(sql(`SELECT ${jobColumns} FROM jobs WHERE id = ?`, id));
        return rows[0] === undefined ? null : jobFromRow(rows[0]);
      }),

    listJobs: (query: JobQuery = {}) =>
      run(async () => {
        const parsed = parseOrThrow(jobQuerySchema, query, { component: 'grow', what: 'job query' });
        const rows = await executor.read(sql(`SELECT ${jobColumns} FROM jobs WHERE (? = '' OR status = ?) ORDER BY rowid DESC LIMIT ?`, parsed.status ?? '', parsed.status ?? '', parsed.limit));
        return rows.map(jobFromRow);
      }),

    recordGrowth: (input: GrowthRecordInput) =>
      run(() => {
        const record = parseOrThrow(growthRecordSchema, input, { component: 'grow', what: 'growth record' });
        return retryConflicts(async (): Promise<GrowthOutcome> => {
          const outcome = await executor.atomic(async (read) => {
            const plan = await planGrowth(record, growthReader(read), namer, clock());
            if (plan.kind === 'recorded') return { statements: [], finish: () => null };
            const statements: SqlStatement[] = [guard('NOT EXISTS (SELECT 1 FROM discovery_runs WHERE job_id = ? AND backfilled = 0)', record.jobId)];
            const countIndexes: number[] = [];
            for (const count of plan.counts) {
              countIndexes.push(statements.length);
              statements.push(sql('UPDATE registry_entries SET count = count + ?, last_seen_at = ? WHERE id = ? RETURNING count', count.occurrences, plan.at, count.id));
              statements.push(sql('INSERT INTO entry_sources (entry_id, job_id, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', count.id, record.jobId, plan.at));
            }
            for (const insert of plan.inserts) {
              const { registry, aspect, origin, key } = insert.ref;
              statements.push(
                sql(
                  `INSERT INTO registry_entries (registry, aspect, origin, entry_key, name, count, depth_json, value_json, first_seen_at, last_seen_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
                  registry, aspect, origin, key, insert.name, insert.occurrences, JSON.stringify(insert.depth), JSON.stringify(insert.value), plan.at, plan.at,
                ),
              );
              statements.push(
                sql('INSERT INTO entry_sources (entry_id, job_id, seen_at) SELECT id, ?, ? FROM registry_entries WHERE registry = ? AND aspect = ? AND origin = ? AND entry_key = ?', record.jobId, plan.at, registry, aspect, origin, key),
              );
            }
            const run = plan.discoveryRun;
            statements.push(
              sql(
                `INSERT INTO discovery_runs (job_id, focus, added, counted, by_aspect_json, backfilled, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)
                 ON CONFLICT (job_id) DO UPDATE SET focus = excluded.focus, added = excluded.added, counted = excluded.counted,
                   by_aspect_json = excluded.by_aspect_json, backfilled = 0, created_at = excluded.created_at`,
                run.jobId, run.focus, run.added, run.counted, JSON.stringify(run.byAspect), run.createdAt,
              ),
            );
            if (plan.learningRun !== null) statements.push(learningUpsert(plan.learningRun));
            statements.push(
              sql(
                `INSERT INTO jobs (id, prompt, status, workflow, clip_path, created_at, updated_at) VALUES (?, ?, 'completed', NULL, NULL, ?, ?)
                 ON CONFLICT (id) DO UPDATE SET status = 'completed', error = NULL, updated_at = excluded.updated_at`,
                record.jobId, record.prompt, plan.at, plan.at,
              ),
              clearGuards,
            );
            return {
              statements,
              finish: (results): GrowthOutcome => ({
                jobId: record.jobId,
                alreadyRecorded: false,
                discoveryRun: run,
                entries: [
                  ...plan.counts.map((count, index) => ({ ...touched(count.ref, count.name), count: integer(results[countIndexes[index]!]![0]!, 'count'), added: false })),
                  ...plan.inserts.map((insert) => ({ ...touched(insert.ref, insert.name), count: insert.occurrences, added: true })),
                ],
              }),
            };
          });
          if (outcome !== null) return outcome;
          const rows = await executor.read(sql('SELECT job_id, focus, added, counted, by_aspect_json, backfilled, created_at FROM discovery_runs WHERE job_id = ?', record.jobId));
          return { jobId: record.jobId, alreadyRecorded: true, discoveryRun: discoveryFromRow(rows[0]!), entries: [] };
        });
      }),

    recordLearningRun: (input: LearningRunInput) =>
      run(async () => {
        const parsed = parseOrThrow(learningRunInputSchema, input, { component: 'grow', what: 'learning run' });
        const learning: LearningRun = { schemaVersion: 1, jobId: parsed.jobId, prompt: parsed.prompt, spec: parsed.spec, summary: parsed.summary, backfilled: false, createdAt: clock().toISOString() };
        await executor.atomic(async () => ({ statements: [learningUpsert(learning)], finish: () => undefined }));
        const rows = await executor.read(sql('SELECT job_id, prompt, spec_json, summary_json, backfilled, created_at FROM learning_runs WHERE job_id = ?', parsed.jobId));
        return learningFromRow(rows[0]!);
      }),

    getLearningRun: (jobId: string) =>
      run(async () => {
        const rows = await executor.read(sql('SELECT job_id, prompt, spec_json, summary_json, backfilled, created_at FROM learning_runs WHERE job_id = ?', jobId));
        return rows[0] === undefined ? null : learningFromRow(rows[0]);
      }),

    getDiscoveryRun: (jobId: string) =>
      run(async () => {
        const rows = await executor.read(sql('SELECT job_id, focus, added, counted, by_aspect_json, backfilled, created_at FROM discovery_runs WHERE job_id = ?', jobId));
        return rows[0] === undefined ? null : discoveryFromRow(rows[0]);
      }),

    recordPromptGrowth: (input: PromptGrowthRecord) =>
      run(() => {
        const record = parseOrThrow(promptGrowthRecordSchema, input, { component: 'grow', what: 'prompt growth record' });
        return retryConflicts(() => executor.atomic((read) => planPromptGrowth(read, record, clock().toISOString())));
      }),

    enqueueInterpretation: (input: InterpretationInput) =>
      run(() => {
        const parsed = parseOrThrow(interpretationInputSchema, input, { component: 'grow', what: 'interpretation' });
        return retryConflicts(() =>
          executor.atomic(async (read) => {
            const existing = await read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE prompt = ?`, parsed.prompt));
            if (existing[0] !== undefined) {
              const record = interpretationFromRow(existing[0]);
              return { statements: [], finish: () => record };
            }
            const at = clock().toISOString();
            return {
              statements: [sql(`INSERT INTO interpretations (id, prompt, source, status, instruction_json, created_at, updated_at) VALUES (?, ?, ?, 'pending', NULL, ?, ?) RETURNING ${interpretationColumns}`, crypto.randomUUID(), parsed.prompt, parsed.source, at, at)],
              finish: (results) => interpretationFromRow(results[0]![0]!),
            };
          }),
        );
      }),

    listInterpretations: (query: InterpretationQuery = {}) =>
      run(async () => {
        const parsed = parseOrThrow(interpretationQuerySchema, query, { component: 'grow', what: 'interpretation query' });
        const rows = await executor.read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE (? = '' OR status = ?) ORDER BY rowid LIMIT ?`, parsed.status ?? '', parsed.status ?? '', parsed.limit));
        return rows.map(interpretationFromRow);
      }),

    completeInterpretation: (id: string, instruction: Instruction) =>
      run(async () => {
        const parsedInstruction = parseOrThrow(instructionSchema, instruction, { component: 'grow', what: 'instruction' });
        await retryConflicts(() =>
          executor.atomic(async (read) => {
            const rows = await read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE id = ?`, id));
            if (rows[0] === undefined) throw notFound(`no interpretation ${id}`);
            const record = interpretationFromRow(rows[0]);
            return planPromptGrowth(read, { sourceId: id, prompt: record.prompt, source: record.source, instruction: parsedInstruction }, clock().toISOString());
          }),
        );
        const rows = await executor.read(sql(`SELECT ${interpretationColumns} FROM interpretations WHERE id = ?`, id));
        return interpretationFromRow(rows[0]!);
      }),

    listLinguistic: () => run(readLinguistic),

    listEntries: (address: RegistryAddress, query: EntryQuery = {}) =>
      run(async (): Promise<RegistryEntry[]> => {
        const parsedAddress = parseOrThrow(registryAddressSchema, address, { component: 'grow', what: 'registry address' });
        const parsed = parseOrThrow(entryQuerySchema, query, { component: 'grow', what: 'entry query' });
        const rows = await executor.read(
          sql(
            `SELECT ${entryColumns} FROM registry_entries WHERE registry = ? AND aspect = ? AND (? = '' OR origin = ?)
             ORDER BY last_seen_at DESC, id DESC LIMIT ?`,
            parsedAddress.registry, parsedAddress.aspect, parsed.origin ?? '', parsed.origin ?? '', parsed.limit ?? -1,
          ),
        );
        if (rows.length === 0) return [];
        const ids = rows.map((row) => integer(row, 'id'));
        const sources = await readSources(Math.min(...ids), Math.max(...ids));
        return rows.map((row) => toRegistryEntry(entryFromRow(row, sources.get(integer(row, 'id')) ?? [])));
      }),

    getKnowledge: (knowledgeOptions: KnowledgeOptions = {}) =>
      run(async (): Promise<Knowledge> => {
        const parsed = parseOrThrow(knowledgeOptionsSchema, knowledgeOptions, { component: 'grow', what: 'knowledge options' });
        const entries = await readEntries('1 = 1', []);
        const promptRows = await executor.read(
          sql(
            `SELECT prompt, count(*) AS uses, max(seen_at) AS last_seen_at FROM (
               SELECT prompt, created_at AS seen_at FROM jobs
               UNION ALL SELECT prompt, updated_at AS seen_at FROM interpretations WHERE status = 'done'
             ) GROUP BY prompt ORDER BY last_seen_at DESC, prompt LIMIT ?`,
            parsed.promptLimit,
          ),
        );
        const prompts = promptRows.map((row) => ({ prompt: text(row, 'prompt'), count: integer(row, 'uses'), lastSeenAt: text(row, 'last_seen_at') }));
        return buildKnowledge({ entries, linguistic: await readLinguistic(), prompts, generatedAt: clock().toISOString(), limitPerPool: parsed.limitPerPool });
      }),

    exportRegistries: () =>
      run(async (): Promise<RegistryExport> => {
        const entries = await readEntries('1 = 1', []);
        const interpretations: InterpretationRecord[] = [];
        for (let offset = 0; ; offset += pageSize) {
          const page = await executor.read(sql(`SELECT ${interpretationColumns} FROM interpretations ORDER BY rowid LIMIT ? OFFSET ?`, pageSize, offset));
          interpretations.push(...page.map(interpretationFromRow));
          if (page.length < pageSize) break;
        }
        const totalsRow = (
          await executor.read(
            sql(`SELECT (SELECT count(*) FROM registry_entries) AS entries, (SELECT count(*) FROM jobs) AS jobs,
                  (SELECT count(*) FROM learning_runs) AS learning_runs, (SELECT count(*) FROM discovery_runs) AS discovery_runs,
                  (SELECT count(*) FROM linguistic_entries) AS linguistic, (SELECT count(*) FROM interpretations) AS interpretations`),
          )
        )[0]!;
        return buildExport({
          entries,
          linguistic: await readLinguistic(),
          interpretations,
          totals: {
            entries: integer(totalsRow, 'entries'),
            jobs: integer(totalsRow, 'jobs'),
            learningRuns: integer(totalsRow, 'learning_runs'),
            discoveryRuns: integer(totalsRow, 'discovery_runs'),
            linguistic: integer(totalsRow, 'linguistic'),
            interpretations: integer(totalsRow, 'interpretations'),
          },
          exportedAt: clock().toISOString(),
        });
      }),

    renameEntry: (request: RenameRequest) =>
      run(() => {
        const parsed = parseOrThrow(renameRequestSchema, request, { component: 'grow', what: 'rename request' });
        return retryConflicts(() => executor.atomic((read) => planRename(read, parsed)));
      }),

    diagnostics: (query: DiagnosticsQuery = {}) =>
      run(async (): Promise<Diagnostics> => {
        const parsed = parseOrThrow(diagnosticsQuerySchema, query, { component: 'grow', what: 'diagnostics query' });
        const read: SqlRead = (statement) => executor.read(statement);
        const measured = await readMeasuredJobs(read, parsed.last);
        const unfinished = await readUnfinishedJobs(read, parsed.last, parsed.staleAfterMs, clock());
        return buildDiagnostics({ last: parsed.last, ...measured, ...unfinished, counts: await readJobCounts(read) });
      }),

    backfill: (query: BackfillQuery = {}) =>
      run(() => {
        const parsed = parseOrThrow(backfillQuerySchema, query, { component: 'grow', what: 'backfill query' });
        return retryConflicts(() =>
          executor.atomic(async (read) => {
            const now = clock();
            const at = now.toISOString();
            const measured = await readMeasuredJobs(read, parsed.last);
            const stale = parsed.staleJobs === 'keep' ? [] : (await readUnfinishedJobs(read, parsed.last, parsed.staleAfterMs, now)).stale;
            // A job retried or closed owes no runs: it is pending again, or failed.
            const acted = new Set(stale.map((job) => job.id));
            const owed = measured.jobs.filter((job) => !acted.has(job.id));
            const learningIds = owed.filter((job) => !measured.learning.has(job.id)).map((job) => job.id);
            const discoveryIds = owed.filter((job) => !measured.discovery.has(job.id)).map((job) => job.id);
            const staleIds = stale.map((job) => job.id);
            // why: one set-based statement per kind of change (ids as one JSON parameter), so a backfill
            // of many jobs stays a handful of statements; RETURNING tells which rows really changed.
            const statements: SqlStatement[] = [
              sql(
                `INSERT INTO learning_runs (job_id, prompt, spec_json, summary_json, backfilled, created_at)
                 SELECT j.id, j.prompt, 'null', ?, 1, ? FROM json_each(?) AS wanted JOIN jobs AS j ON j.id = wanted.value WHERE true
                 ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
                JSON.stringify(backfilledSummary), at, JSON.stringify(learningIds),
              ),
              sql(
                `INSERT INTO discovery_runs (job_id, focus, added, counted, by_aspect_json, backfilled, created_at)
                 SELECT j.id, 'all', 0, 0, '{}', 1, ? FROM json_each(?) AS wanted JOIN jobs AS j ON j.id = wanted.value WHERE true
                 ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
                at, JSON.stringify(discoveryIds),
              ),
            ];
            if (parsed.staleJobs !== 'keep') {
              const status = parsed.staleJobs === 'retry' ? 'pending' : 'failed';
              const error = parsed.staleJobs === 'retry' ? '' : staleJobError;
              // Only a job still as it was read changes: one a worker moved on or claimed meanwhile is left alone.
              statements.push(
                sql(
                  `UPDATE jobs SET status = ?, error = NULLIF(?, ''), lease_owner = NULL, lease_expires_at = NULL, updated_at = ?
                   WHERE EXISTS (SELECT 1 FROM json_each(?) AS wanted WHERE json_extract(wanted.value, '$[0]') = jobs.id
                     AND json_extract(wanted.value, '$[1]') = jobs.status AND json_extract(wanted.value, '$[2]') = jobs.updated_at)
                     AND (jobs.status != 'pending' OR jobs.lease_expires_at IS NULL OR jobs.lease_expires_at <= ?)
                   RETURNING id`,
                  status, error, at, JSON.stringify(stale.map((job) => [job.id, job.status, job.updatedAt])), at,
                ),
              );
            }
            const changed = (rows: readonly SqlRow[] | undefined, column: string, planned: readonly string[]) => {
              const ids = new Set((rows ?? []).map((row) => text(row, column)));
              return planned.filter((id) => ids.has(id));
            };
            return {
              statements,
              finish: (results): BackfillResult => {
                const jobsChanged = changed(results[2], 'id', staleIds);
                return {
                  learningRuns: changed(results[0], 'job_id', learningIds),
                  discoveryRuns: changed(results[1], 'job_id', discoveryIds),
                  retried: parsed.staleJobs === 'retry' ? jobsChanged : [],
                  closed: parsed.staleJobs === 'fail' ? jobsChanged : [],
                };
              },
            };
          }),
        );
      }),

    close: async () => {
      await serial(async () => {
        if (closed) return;
        closed = true;
        await executor.close();
      });
    },
  };

  // ---- rename ------------------------------------------------------------------------------------

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

  const planRename = async (read: SqlRead, request: RenameRequest) => {
    const targetRows = await read(sql('SELECT id, registry, aspect, entry_key, name FROM registry_entries WHERE name = ?', request.name));
    const target = targetRows[0];
    if (target === undefined) throw notFound(`no registry entry named ${JSON.stringify(request.name)}`);
    const targetId = integer(target, 'id');
    const oldName = text(target, 'name');
    const newName = request.newName;
    const holder = await read(sql('SELECT id FROM registry_entries WHERE name = ?', newName));
    if (holder[0] !== undefined && integer(holder[0], 'id') !== targetId) {
      throw new MotionregError('conflict', `name ${JSON.stringify(newName)} is taken`, { component: 'grow' });
    }
    const like = likeSubstring(oldName);
    const protectedNames = (await read(sql(`SELECT name FROM registry_entries WHERE name LIKE ? ESCAPE '\\' AND id != ?`, like, targetId)))
      .map((row) => text(row, 'name'))
      .filter((name) => containsWholeWord(name, oldName));

    const statements: SqlStatement[] = [
      guard('EXISTS (SELECT 1 FROM registry_entries WHERE id = ? AND name = ? COLLATE BINARY)', targetId, oldName),
      guard('NOT EXISTS (SELECT 1 FROM registry_entries WHERE name = ? AND id != ?)', newName, targetId),
    ];
    const updates: SqlStatement[] = [];
    const cascaded: Record<string, number> = {};
    const newPrompts = new Map<string, string>();
    for (const { table, key, column, isJson } of cascadeColumns) {
      const rows = await read(sql(`SELECT ${key} AS row_key, ${column} AS content FROM ${table} WHERE ${column} LIKE ? ESCAPE '\\'`, like));
      // why: a row that starts to use the old name after this read would escape the cascade; the batch
      // fails instead, and is planned again, when the candidate count has changed.
      statements.push(guard(`(SELECT count(*) FROM ${table} WHERE ${column} LIKE ? ESCAPE '\\') = CAST(? AS INTEGER)`, like, rows.length));
      for (const row of rows) {
        const before = text(row, 'content');
        const after = isJson ? replaceWholeWordInJson(before, oldName, newName, protectedNames) : replaceWholeWord(before, oldName, newName, protectedNames);
        if (after === before) continue;
        const rowKey = row.row_key as string | number;
        if (table === 'interpretations' && column === 'prompt') newPrompts.set(String(rowKey), after);
        updates.push(sql(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ? AND ${column} = ?`, after, rowKey, before), guardLastChange);
        cascaded[`${table}.${column}`] = (cascaded[`${table}.${column}`] ?? 0) + 1;
      }
    }
    // Two interpretations of one prompt would break the registry's one-row-per-prompt rule.
    const promptsAfter = new Set<string>();
    for (const [id, prompt] of newPrompts) {
      const clash = await read(sql('SELECT id FROM interpretations WHERE prompt = ? AND id != ?', prompt, id));
      if (clash.length > 0 || promptsAfter.has(prompt)) {
        throw new MotionregError('conflict', `renaming would make two interpretations of ${JSON.stringify(prompt)}`, { component: 'grow' });
      }
      promptsAfter.add(prompt);
    }
    // why: spans are lower-cased prompt text and names start with a capital, so only canonicals hold names.
    const linguisticRows = await read(sql(`SELECT id, span, domain, canonical, count FROM linguistic_entries WHERE canonical LIKE ? ESCAPE '\\'`, like));
    statements.push(guard(`(SELECT count(*) FROM linguistic_entries WHERE canonical LIKE ? ESCAPE '\\') = CAST(? AS INTEGER)`, like, linguisticRows.length));
    for (const row of linguisticRows) {
      const before = text(row, 'canonical');
      const after = replaceWholeWord(before, oldName, newName, protectedNames);
      if (after === before) continue;
      const id = integer(row, 'id');
      const merged = await read(sql('SELECT id FROM linguistic_entries WHERE span = ? AND domain = ? AND canonical = ?', text(row, 'span'), text(row, 'domain'), after));
      if (merged[0] === undefined) {
        updates.push(sql('UPDATE linguistic_entries SET canonical = ? WHERE id = ? AND canonical = ?', after, id, before), guardLastChange);
      } else {
        updates.push(
          sql('UPDATE linguistic_entries SET count = count + ? WHERE id = ?', integer(row, 'count'), integer(merged[0], 'id')),
          guardLastChange,
          sql('DELETE FROM linguistic_entries WHERE id = ? AND canonical = ?', id, before),
          guardLastChange,
        );
      }
      cascaded['linguistic_entries.canonical'] = (cascaded['linguistic_entries.canonical'] ?? 0) + 1;
    }
    statements.push(...updates, sql('UPDATE registry_entries SET name = ? WHERE id = ?', newName, targetId), clearGuards);
    const result: RenameResult = { oldName, newName, registry: text(target, 'registry') as RenameResult['registry'], aspect: text(target, 'aspect'), key: text(target, 'entry_key'), cascaded };
    return { statements, finish: () => result };
  };

  return store;
}

function touched(ref: EntryRef, name: string) {
  return { registry: ref.registry, aspect: ref.aspect, ...(ref.origin === '' ? {} : { origin: ref.origin }), key: ref.key, name };
}
