import { MotionregError, growthRecordSchema, learningRunInputSchema, parseOrThrow } from '@motionreg/primitives';
import type { GrowthOutcome, GrowthRecordInput, LearningRun, LearningRunInput, RegistryStore } from '@motionreg/primitives';
import { refKey } from '../core/entry-ref.js';
import type { EntryRef } from '../core/entry-ref.js';
import { z } from 'zod';
import { planGrowth } from '../core/plan-growth.js';
import type { ExistingEntry, GrowthReader } from '../core/plan-growth.js';
import { retryConflicts } from '../core/retry-conflicts.js';
import { clearGuards, guard } from './sql-context.js';
import type { SqlStoreContext } from './sql-context.js';
import { sql } from './sql-executor.js';
import type { SqlRead, SqlStatement } from './sql-executor.js';
import {
  backfilledRowSchema, discoveryColumns, discoveryRowSchema, entryRefRowSchema, learningColumns, learningRowSchema, parseRow, parseRows,
  sqlInteger,
} from './sql-rows.js';

const component = 'grow';
const nameRowSchema = z.object({ name: z.string() });
const countRowSchema = z.object({ count: sqlInteger });

/** What growth planning reads, inside the unit of work. */
function growthReader(read: SqlRead): GrowthReader {
  return {
    discoveryRun: async (jobId) => {
      const rows = await read(sql('SELECT backfilled FROM discovery_runs WHERE job_id = ?', jobId));
      return rows[0] === undefined ? null : parseRow(backfilledRowSchema, rows[0], 'discovery_runs');
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
      for (const row of parseRows(entryRefRowSchema, rows, 'registry_entries')) {
        const ref: EntryRef = { registry: row.registry, aspect: row.aspect, origin: row.origin, key: row.entry_key };
        found.set(refKey(ref), { id: row.id, name: row.name, count: row.count });
      }
      return found;
    },
    takenNames: async (names) => {
      if (names.length === 0) return new Set();
      const rows = await read(sql('SELECT name FROM registry_entries WHERE name IN (SELECT value FROM json_each(?))', JSON.stringify(names)));
      return new Set(parseRows(nameRowSchema, rows, 'registry_entries').map((row) => row.name.toLowerCase()));
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
              finish: (results): GrowthOutcome => ({
                jobId: record.jobId,
                alreadyRecorded: false,
                discoveryRun: discovery,
                entries: [
                  ...plan.counts.map((count, index) => ({ ...touched(count.ref, count.name), count: parseRow(countRowSchema, results[countIndexes[index]!]?.[0], 'registry_entries').count, added: false })),
                  ...plan.inserts.map((insert) => ({ ...touched(insert.ref, insert.name), count: insert.occurrences, added: true })),
                ],
              }),
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
