import { MotionregError, growthRecordSchema, learningRunInputSchema, parseOrThrow } from '@motionreg/primitives';
import type { GrowthOutcome, GrowthRecordInput, LearningRun, LearningRunInput, RegistryStore } from '@motionreg/primitives';
import { refKey } from '../core/entry-ref.js';
import type { EntryRef } from '../core/entry-ref.js';
import { z } from 'zod';
import { planGrowth } from '../core/plan-growth.js';
import type { ExistingEntry, GrowthReader } from '../core/plan-growth.js';
import { retryConflicts } from '../core/retry-conflicts.js';
import { clearGuards, guard, jsonChunks } from './sql-context.js';
import type { SqlStoreContext } from './sql-context.js';
import { sql } from './sql-executor.js';
import type { SqlRead, SqlStatement } from './sql-executor.js';
import {
  backfilledRowSchema, discoveryColumns, discoveryRowSchema, entryRefRowSchema, learningColumns, learningRowSchema, parseRow, parseRows,
  sqlInteger,
} from './sql-rows.js';

const component = 'grow';
const nameRowSchema = z.object({ name: z.string() });
const countedRowSchema = z.object({ id: sqlInteger, count: sqlInteger });
/** Name lookups in one naming round before reading every name once is cheaper. */
const maxNameLookups = 2;

/**
 * What growth planning reads, inside the unit of work. Lookups go as JSON arrays expanded with
 * `json_each`, split to stay within a statement's size; a name check too large for a few statements
 * (a big job asks for thousands of candidate names) reads every name once instead.
 */
function growthReader(read: SqlRead): GrowthReader {
  let allNames: Promise<Set<string>> | undefined;
  return {
    discoveryRun: async (jobId) => {
      const rows = await read(sql('SELECT backfilled FROM discovery_runs WHERE job_id = ?', jobId));
      return rows[0] === undefined ? null : parseRow(backfilledRowSchema, rows[0], 'discovery_runs');
    },
    findEntries: async (refs) => {
      const found = new Map<string, ExistingEntry>();
      for (const chunk of jsonChunks(refs.map((ref) => [ref.registry, ref.aspect, ref.origin, ref.key]))) {
        const rows = await read(
          sql(
            `SELECT e.id, e.name, e.count, e.registry, e.aspect, e.origin, e.entry_key
             FROM json_each(?) AS wanted
             JOIN registry_entries AS e
               ON e.registry = json_extract(wanted.value, '$[0]') AND e.aspect = json_extract(wanted.value, '$[1]')
              AND e.origin = json_extract(wanted.value, '$[2]') AND e.entry_key = json_extract(wanted.value, '$[3]')`,
            JSON.stringify(chunk),
          ),
        );
        for (const row of parseRows(entryRefRowSchema, rows, 'registry_entries')) {
          found.set(refKey({ registry: row.registry, aspect: row.aspect, origin: row.origin, key: row.entry_key }), { id: row.id, name: row.name, count: row.count });
        }
      }
      return found;
    },
    takenNames: async (names) => {
      const chunks = jsonChunks(names);
      if (chunks.length > maxNameLookups) {
        allNames ??= read(sql('SELECT name FROM registry_entries')).then((rows) => new Set(parseRows(nameRowSchema, rows, 'registry_entries').map((row) => row.name.toLowerCase())));
        const taken = await allNames;
        return new Set(names.map((name) => name.toLowerCase()).filter((name) => taken.has(name)));
      }
      const taken = new Set<string>();
      for (const chunk of chunks) {
        const rows = await read(sql('SELECT name FROM registry_entries WHERE name IN (SELECT value FROM json_each(?))', JSON.stringify(chunk)));
        for (const row of parseRows(nameRowSchema, rows, 'registry_entries')) taken.add(row.name.toLowerCase());
      }
      return taken;
    },
  };
}

/** Writes a learning run unless a real (not backfilled) one is there already. */
export function learningUpsert(learning: LearningRun): SqlStatement {
  return sql(
    `INSERT INTO learning_runs (job_id, prompt, spec_json, summary_json, backfilled, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (job_id) DO UPDATE SET prompt = excluded.prompt, spec_json = excluded.spec_json, summary_json = excluded.summary_json,
       backfilled = excluded.backfilled, created_at = excluded.created_at
     WHERE learning_runs.backfilled = 1`,
    learning.jobId, learning.prompt, JSON.stringify(learning.spec), JSON.stringify(learning.summary), learning.backfilled ? 1 : 0, learning.createdAt,
  );
}

function touched(ref: EntryRef, name: string) {
  return { registry: ref.registry, aspect: ref.aspect, ...(ref.origin === '' ? {} : { origin: ref.origin }), key: ref.key, name };
}

/** The growth operations of the SQL store: a job's growth (exactly once), its learning and discovery runs. */
export function sqlGrowthOperations(context: SqlStoreContext): Pick<RegistryStore, 'recordGrowth' | 'recordLearningRun' | 'getLearningRun' | 'getDiscoveryRun'> {
  const { executor, clock, namer, run } = context;
  const readDiscoveryRun = async (jobId: string) => {
    const rows = await executor.read(sql(`SELECT ${discoveryColumns} FROM discovery_runs WHERE job_id = ?`, jobId));
    return rows[0] === undefined ? null : parseRow(discoveryRowSchema, rows[0], 'discovery_runs');
  };
  const readLearningRun = async (jobId: string) => {
    const rows = await executor.read(sql(`SELECT ${learningColumns} FROM learning_runs WHERE job_id = ?`, jobId));
    return rows[0] === undefined ? null : parseRow(learningRowSchema, rows[0], 'learning_runs');
  };

  return {
    recordGrowth: (input: GrowthRecordInput) =>
      run(() => {
        const record = parseOrThrow(growthRecordSchema, input, { component, what: 'growth record' });
        return retryConflicts(async (): Promise<GrowthOutcome> => {
          const outcome = await executor.atomic(async (read) => {
            const plan = await planGrowth(record, growthReader(read), namer, clock());
            if (plan.kind === 'recorded') return { statements: [], finish: () => null };
            // why: set-based statements, each run of entries one JSON parameter, so a job of 2,000
            // observations is a few dozen statements, within D1's limits per Worker invocation.
            const statements: SqlStatement[] = [guard('NOT EXISTS (SELECT 1 FROM discovery_runs WHERE job_id = ? AND backfilled = 0)', record.jobId)];
            const countIndexes: number[] = [];
            for (const chunk of jsonChunks(plan.counts.map((count) => [count.id, count.occurrences]))) {
              countIndexes.push(statements.length);
              statements.push(
                sql(
                  `UPDATE registry_entries SET count = registry_entries.count + json_extract(wanted.value, '$[1]'), last_seen_at = ?
                   FROM json_each(?) AS wanted WHERE registry_entries.id = json_extract(wanted.value, '$[0]')
                   RETURNING registry_entries.id AS id, registry_entries.count AS count`,
                  plan.at, JSON.stringify(chunk),
                ),
                // Every counted entry must still exist: entries are never deleted, so this only catches a bug.
                guard('changes() = CAST(? AS INTEGER)', chunk.length),
              );
            }
            const inserts = plan.inserts.map(({ ref, name, occurrences, depth, value }) => [ref.registry, ref.aspect, ref.origin, ref.key, name, occurrences, JSON.stringify(depth), JSON.stringify(value)]);
            for (const chunk of jsonChunks(inserts)) {
              // A key or name another writer took meanwhile fails a unique index: the batch rolls back and is planned again.
              statements.push(
                sql(
                  `INSERT INTO registry_entries (registry, aspect, origin, entry_key, name, count, depth_json, value_json, first_seen_at, last_seen_at)
                   SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'),
                     json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'), json_extract(value, '$[7]'), ?, ?
                   FROM json_each(?) ORDER BY key`,
                  plan.at, plan.at, JSON.stringify(chunk),
                ),
              );
            }
            const refs = [...plan.counts.map((count) => count.ref), ...plan.inserts.map((insert) => insert.ref)];
            for (const chunk of jsonChunks(refs.map((ref) => [ref.registry, ref.aspect, ref.origin, ref.key]))) {
              statements.push(
                sql(
                  `INSERT INTO entry_sources (entry_id, job_id, seen_at)
                   SELECT e.id, ?, ? FROM json_each(?) AS wanted
                   JOIN registry_entries AS e
                     ON e.registry = json_extract(wanted.value, '$[0]') AND e.aspect = json_extract(wanted.value, '$[1]')
                    AND e.origin = json_extract(wanted.value, '$[2]') AND e.entry_key = json_extract(wanted.value, '$[3]')
                   WHERE true ON CONFLICT DO NOTHING`,
                  record.jobId, plan.at, JSON.stringify(chunk),
                ),
              );
            }
            const discovery = plan.discoveryRun;
            statements.push(
              sql(
                `INSERT INTO discovery_runs (job_id, focus, added, counted, by_aspect_json, backfilled, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)
                 ON CONFLICT (job_id) DO UPDATE SET focus = excluded.focus, added = excluded.added, counted = excluded.counted,
                   by_aspect_json = excluded.by_aspect_json, backfilled = 0, created_at = excluded.created_at`,
                discovery.jobId, discovery.focus, discovery.added, discovery.counted, JSON.stringify(discovery.byAspect), discovery.createdAt,
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
              finish: (results): GrowthOutcome => {
                const countOf = new Map<number, number>();
                for (const index of countIndexes) for (const row of parseRows(countedRowSchema, results[index] ?? [], 'registry_entries')) countOf.set(row.id, row.count);
                const countAfter = (id: number): number => {
                  const count = countOf.get(id);
                  if (count === undefined) throw new MotionregError('internal', `entry ${id} was counted but its new count did not come back`, { component });
                  return count;
                };
                return {
                  jobId: record.jobId,
                  alreadyRecorded: false,
                  discoveryRun: discovery,
                  entries: [
                    ...plan.counts.map((count) => ({ ...touched(count.ref, count.name), count: countAfter(count.id), added: false })),
                    ...plan.inserts.map((insert) => ({ ...touched(insert.ref, insert.name), count: insert.occurrences, added: true })),
                  ],
                };
              },
            };
          });
          if (outcome !== null) return outcome;
          const discoveryRun = await readDiscoveryRun(record.jobId);
          if (discoveryRun === null) throw new MotionregError('internal', `job ${record.jobId} counts as grown but has no discovery run`, { component });
          return { jobId: record.jobId, alreadyRecorded: true, discoveryRun, entries: [] };
        });
      }),

    recordLearningRun: (input: LearningRunInput) =>
      run(async () => {
        const parsed = parseOrThrow(learningRunInputSchema, input, { component, what: 'learning run' });
        const learning: LearningRun = { schemaVersion: 1, jobId: parsed.jobId, prompt: parsed.prompt, spec: parsed.spec, summary: parsed.summary, backfilled: false, createdAt: clock().toISOString() };
        await executor.atomic(async () => ({ statements: [learningUpsert(learning)], finish: () => undefined }));
        const stored = await readLearningRun(parsed.jobId);
        if (stored === null) throw new MotionregError('internal', `the learning run of job ${parsed.jobId} is missing right after it was written`, { component });
        return stored;
      }),

    getLearningRun: (jobId: string) => run(() => readLearningRun(jobId)),
    getDiscoveryRun: (jobId: string) => run(() => readDiscoveryRun(jobId)),
  };
}
