import { MotionregError, claimRequestSchema, jobInputSchema, leaseRenewalSchema, jobQuerySchema, jobStatusSchema, jobUpdateSchema, parseOrThrow } from '@motionreg/primitives';
import type { ClaimRequest, Job, JobCounts, JobInput, JobQuery, JobUpdate, LeaseRenewal, RegistryStore } from '@motionreg/primitives';
import { z } from 'zod';
import { leaseLost } from '../core/lease-lost.js';
import { retryConflicts } from '../core/retry-conflicts.js';
import { emptyJobCounts } from '../core/shape.js';
import { notFound } from './sql-context.js';
import type { SqlStoreContext } from './sql-context.js';
import { sql } from './sql-executor.js';
import type { SqlRead, SqlStatement, SqlValue } from './sql-executor.js';
import { jobColumns, jobRowSchema, parseRow, parseRows, sqlInteger } from './sql-rows.js';

const component = 'grow';
const statusCountRowSchema = z.object({ status: jobStatusSchema, jobs: sqlInteger });

/** Jobs per status across the store. */
export async function readJobCounts(read: SqlRead): Promise<JobCounts> {
  const counts = emptyJobCounts();
  for (const row of parseRows(statusCountRowSchema, await read(sql('SELECT status, count(*) AS jobs FROM jobs GROUP BY status')), 'job count')) {
    counts[row.status] = row.jobs;
  }
  return counts;
}

/** Runs one statement that returns at most one job row, as a unit of work of its own. */
async function writeOneJob(context: SqlStoreContext, statement: SqlStatement): Promise<Job | null> {
  const row = await context.executor.atomic(async () => ({ statements: [statement], finish: (results) => results[0]?.[0] }));
  return row === undefined ? null : parseRow(jobRowSchema, row, 'jobs');
}

/** The job operations of the SQL store: create, update, read, list, claim (with a lease), renew the lease and count. */
export function sqlJobOperations(context: SqlStoreContext): Pick<RegistryStore, 'createJob' | 'updateJob' | 'getJob' | 'listJobs' | 'claimJob' | 'renewLease' | 'countJobs'> {
  const { executor, clock, run } = context;
  return {
    createJob: (input: JobInput) =>
      run(() =>
        retryConflicts(() =>
          executor.atomic(async (read) => {
            const parsed = parseOrThrow(jobInputSchema, input, { component, what: 'job' });
            const id = parsed.id ?? crypto.randomUUID();
            if ((await read(sql('SELECT 1 AS found FROM jobs WHERE id = ?', id))).length > 0) {
              throw new MotionregError('conflict', `job ${id} exists already`, { component });
            }
            const at = clock().toISOString();
            return {
              statements: [sql(`INSERT INTO jobs (id, prompt, status, workflow, clip_path, created_at, updated_at) VALUES (?, ?, 'pending', NULLIF(?, ''), NULL, ?, ?) RETURNING ${jobColumns}`, id, parsed.prompt, parsed.workflow ?? '', at, at)],
              finish: (results) => parseRow(jobRowSchema, results[0]?.[0], 'jobs'),
            };
          }),
        ),
      ),

    updateJob: (id: string, update: JobUpdate) =>
      run(async () => {
        const parsed = parseOrThrow(jobUpdateSchema, update, { component, what: 'job update' });
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
        const job = await writeOneJob(context, sql(`UPDATE jobs SET ${assignments.join(', ')} WHERE id = ? RETURNING ${jobColumns}`, ...params, id));
        if (job === null) throw notFound(`no job ${id}`);
        return job;
      }),

    getJob: (id: string) =>
      run(async () => {
        const rows = await executor.read(sql(`SELECT ${jobColumns} FROM jobs WHERE id = ?`, id));
        return rows[0] === undefined ? null : parseRow(jobRowSchema, rows[0], 'jobs');
      }),

    listJobs: (query: JobQuery = {}) =>
      run(async () => {
        const parsed = parseOrThrow(jobQuerySchema, query, { component, what: 'job query' });
        const rows = await executor.read(sql(`SELECT ${jobColumns} FROM jobs WHERE (? = '' OR status = ?) ORDER BY rowid DESC LIMIT ?`, parsed.status ?? '', parsed.status ?? '', parsed.limit));
        return parseRows(jobRowSchema, rows, 'jobs');
      }),

    claimJob: (request: ClaimRequest) =>
      run(async () => {
        const parsed = parseOrThrow(claimRequestSchema, request, { component, what: 'claim request' });
        const now = clock();
        const at = now.toISOString();
        // why: one statement picks and leases the job, so no other claimer can take it in between on
        // any engine (SQLite runs it under the write lock, D1 runs each statement alone).
        return writeOneJob(
          context,
          sql(
            `UPDATE jobs SET lease_owner = ?, lease_expires_at = ?, updated_at = ?
             WHERE id = (SELECT id FROM jobs WHERE status = 'pending' AND (lease_expires_at IS NULL OR lease_expires_at <= ?) ORDER BY created_at, rowid LIMIT 1)
             RETURNING ${jobColumns}`,
            parsed.worker, new Date(now.getTime() + parsed.leaseMs).toISOString(), at, at,
          ),
        );
      }),

    renewLease: (request: LeaseRenewal) =>
      run(async () => {
        const parsed = parseOrThrow(leaseRenewalSchema, request, { component, what: 'lease renewal' });
        const now = clock();
        // why: one guarded statement, so a renewal never extends a lease another claimer took in between.
        const renewed = await writeOneJob(
          context,
          sql(
            `UPDATE jobs SET lease_expires_at = ?, updated_at = ?
             WHERE id = ? AND lease_owner = ? AND status NOT IN ('completed', 'failed')
             RETURNING ${jobColumns}`,
            new Date(now.getTime() + parsed.leaseMs).toISOString(), now.toISOString(), parsed.jobId, parsed.worker,
          ),
        );
        if (renewed !== null) return renewed;
        // Not renewed: read the job only to say why (missing, finished, or someone else's).
        const rows = await executor.read(sql(`SELECT ${jobColumns} FROM jobs WHERE id = ?`, parsed.jobId));
        if (rows[0] === undefined) throw notFound(`no job ${parsed.jobId}`);
        throw leaseLost(parseRow(jobRowSchema, rows[0], 'jobs'), parsed.worker);
      }),

    countJobs: () => run(() => readJobCounts(context.read)),
  };
}
