import { backfillQuerySchema, diagnosticsQuerySchema, parseOrThrow } from '@motionreg/primitives';
import type { BackfillQuery, BackfillResult, Diagnostics, DiagnosticsQuery, Job, RegistryStore } from '@motionreg/primitives';
import { z } from 'zod';
import { retryConflicts } from '../core/retry-conflicts.js';
import { backfilledSummary, buildDiagnostics, measuredStatuses, staleCutoff, staleJobError, unfinishedStatuses } from '../core/shape.js';
import type { SqlStoreContext } from './sql-context.js';
import { sql } from './sql-executor.js';
import type { SqlRead, SqlRow, SqlStatement } from './sql-executor.js';
import { readJobCounts } from './sql-jobs.js';
import { jobColumns, jobRowSchema, parseRow, parseRows, sqlInteger } from './sql-rows.js';

const component = 'grow';
const runFlagsRowSchema = z.object({ learning_backfilled: sqlInteger.nullish(), discovery_backfilled: sqlInteger.nullish() });
const jobIdRowSchema = z.object({ job_id: z.string() });
const idRowSchema = z.object({ id: z.string() });

/** The last `last` measured jobs (they owe a learning and a discovery run) with the runs they have. */
async function readMeasuredJobs(read: SqlRead, last: number) {
  const rows = await read(
    sql(
      `SELECT ${jobColumns.split(', ').map((column) => `j.${column}`).join(', ')}, l.backfilled AS learning_backfilled, d.backfilled AS discovery_backfilled
       FROM jobs AS j LEFT JOIN learning_runs AS l ON l.job_id = j.id LEFT JOIN discovery_runs AS d ON d.job_id = j.id
       WHERE j.status IN (${measuredStatuses.map(() => '?').join(', ')}) ORDER BY j.rowid DESC LIMIT ?`,
      ...measuredStatuses, last,
    ),
  );
  const jobs: Job[] = [];
  const learning = new Map<string, { backfilled: boolean }>();
  const discovery = new Map<string, { backfilled: boolean }>();
  for (const row of rows) {
    const job = parseRow(jobRowSchema, row, 'jobs');
    const { learning_backfilled: learned, discovery_backfilled: discovered } = parseRow(runFlagsRowSchema, row, 'jobs');
    jobs.push(job);
    if (learned !== null && learned !== undefined) learning.set(job.id, { backfilled: learned === 1 });
    if (discovered !== null && discovered !== undefined) discovery.set(job.id, { backfilled: discovered === 1 });
  }
  return { jobs, learning, discovery };
}

/** Failed jobs (most recent first) and stale ones (oldest first), at most `last` of each. */
async function readUnfinishedJobs(read: SqlRead, last: number, staleAfterMs: number, now: Date): Promise<{ failed: Job[]; stale: Job[] }> {
  const failed = await read(sql(`SELECT ${jobColumns} FROM jobs WHERE status = 'failed' ORDER BY updated_at DESC, rowid DESC LIMIT ?`, last));
  const stale = await read(
    sql(
      `SELECT ${jobColumns} FROM jobs
       WHERE updated_at <= ? AND ((status = 'pending' AND (lease_expires_at IS NULL OR lease_expires_at <= ?)) OR status IN (?, ?))
       ORDER BY updated_at, rowid LIMIT ?`,
      staleCutoff(now, staleAfterMs), now.toISOString(), ...unfinishedStatuses, last,
    ),
  );
  return { failed: parseRows(jobRowSchema, failed, 'jobs'), stale: parseRows(jobRowSchema, stale, 'jobs') };
}

/** Of `planned` ids, in their order, those a statement's `RETURNING` rows name. */
function changed(rows: readonly SqlRow[] | undefined, schema: z.ZodType<{ id: string } | { job_id: string }>, planned: readonly string[]): string[] {
  const ids = new Set(parseRows(schema, rows ?? [], 'jobs').map((row) => ('id' in row ? row.id : row.job_id)));
  return planned.filter((id) => ids.has(id));
}

/** Diagnostics of the SQL store (missing runs, failed and stale jobs) and the backfill that repairs them. */
export function sqlDiagnosticsOperations(context: SqlStoreContext): Pick<RegistryStore, 'diagnostics' | 'backfill'> {
  const { executor, clock, run, read } = context;
  return {
    diagnostics: (query: DiagnosticsQuery = {}) =>
      run(async (): Promise<Diagnostics> => {
        const parsed = parseOrThrow(diagnosticsQuerySchema, query, { component, what: 'diagnostics query' });
        const measured = await readMeasuredJobs(read, parsed.last);
        const unfinished = await readUnfinishedJobs(read, parsed.last, parsed.staleAfterMs, clock());
        return buildDiagnostics({ last: parsed.last, ...measured, ...unfinished, counts: await readJobCounts(read) });
      }),

    backfill: (query: BackfillQuery = {}) =>
      run(() => {
        const parsed = parseOrThrow(backfillQuerySchema, query, { component, what: 'backfill query' });
        return retryConflicts(() =>
          executor.atomic(async (unitRead) => {
            const now = clock();
            const at = now.toISOString();
            const measured = await readMeasuredJobs(unitRead, parsed.last);
            const stale = parsed.staleJobs === 'keep' ? [] : (await readUnfinishedJobs(unitRead, parsed.last, parsed.staleAfterMs, now)).stale;
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
              const retry = parsed.staleJobs === 'retry';
              // Only a job still as it was read changes: one a worker moved on or claimed meanwhile is left alone.
              statements.push(
                sql(
                  `UPDATE jobs SET status = ?, error = NULLIF(?, ''), lease_owner = NULL, lease_expires_at = NULL, updated_at = ?
                   WHERE EXISTS (SELECT 1 FROM json_each(?) AS wanted WHERE json_extract(wanted.value, '$[0]') = jobs.id
                     AND json_extract(wanted.value, '$[1]') = jobs.status AND json_extract(wanted.value, '$[2]') = jobs.updated_at)
                     AND (jobs.status != 'pending' OR jobs.lease_expires_at IS NULL OR jobs.lease_expires_at <= ?)
                   RETURNING id`,
                  retry ? 'pending' : 'failed', retry ? '' : staleJobError, at, JSON.stringify(stale.map((job) => [job.id, job.status, job.updatedAt])), at,
                ),
              );
            }
            return {
              statements,
              finish: (results): BackfillResult => {
                const jobsChanged = changed(results[2], idRowSchema, staleIds);
                return {
                  learningRuns: changed(results[0], jobIdRowSchema, learningIds),
                  discoveryRuns: changed(results[1], jobIdRowSchema, discoveryIds),
                  retried: parsed.staleJobs === 'retry' ? jobsChanged : [],
                  closed: parsed.staleJobs === 'fail' ? jobsChanged : [],
                };
              },
            };
          }),
        );
      }),
  };
}
