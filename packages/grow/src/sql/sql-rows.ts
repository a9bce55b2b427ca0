import {
  MotionregError, instructionSchema, interpretationStatuses, jobStatusSchema, linguisticDomainSchema, mappingKindSchema,
  narrativeOriginSchema, registryKindSchema, sceneSpecSchema,
} from '@motionreg/primitives';
import type { DiscoveryRun, InterpretationRecord, Job, LearningRun, LinguisticEntry } from '@motionreg/primitives';
import { z } from 'zod';
import type { StoredEntry } from '../core/shape.js';
import type { SqlRow } from './sql-executor.js';

/*
 * Every row a SQL store reads goes through one of these schemas. Engines differ in small ways
 * (D1 over HTTP answers numbers as JSON numbers, SQLite may answer a bigint, a driver may answer a
 * numeric string), so integer columns accept all three; nullable columns accept null or absent.
 */

/** An integer column as any engine answers it. */
export const sqlInteger = z.union([
  z.number().int(),
  z.bigint().transform(Number),
  z.string().regex(/^-?\d+$/).transform(Number),
]);

/** A 0/1 column, as a boolean. */
const sqlFlag = sqlInteger.pipe(z.union([z.literal(0), z.literal(1)])).transform((value) => value === 1);

/** A nullable text column: `null` when NULL or absent. */
const sqlOptionalText = z.string().nullish().transform((value) => value ?? null);

/** A text column holding JSON, parsed and then checked with `schema`. */
function sqlJson<Schema extends z.ZodType>(schema: Schema) {
  return z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        context.addIssue({ code: 'custom', message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/**
 * Parses one row; a row that does not match is a fault of the database (edited by hand, or by an
 * incompatible version), reported as `internal` naming the table and column.
 */
export function parseRow<Schema extends z.ZodType>(schema: Schema, row: SqlRow | undefined, what: string): z.output<Schema> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` column ${issue.path.map(String).join('.')}`;
  throw new MotionregError('internal', `unexpected ${what} row${where}: ${issue?.message ?? 'does not match'}`, { component: 'grow', cause: parsed.error });
}

export function parseRows<Schema extends z.ZodType>(schema: Schema, rows: readonly SqlRow[], what: string): z.output<Schema>[] {
  return rows.map((row) => parseRow(schema, row, what));
}

/** A row with one count column, `n`. */
export const countRowSchema = z.object({ n: sqlInteger });

/** A row with one id column, `id` (text). */
export const textIdRowSchema = z.object({ id: z.string() });

/** A row with one id column, `id` (integer). */
export const integerIdRowSchema = z.object({ id: sqlInteger });

export const jobColumns = 'id, prompt, status, workflow, clip_path, error, lease_owner, lease_expires_at, created_at, updated_at';

export const jobRowSchema = z
  .object({
    id: z.string(),
    prompt: z.string(),
    status: jobStatusSchema,
    workflow: sqlOptionalText,
    clip_path: sqlOptionalText,
    error: sqlOptionalText,
    lease_owner: sqlOptionalText,
    lease_expires_at: sqlOptionalText,
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform((row): Job => ({
    schemaVersion: 1,
    id: row.id,
    prompt: row.prompt,
    status: row.status,
    ...(row.workflow === null ? {} : { workflow: row.workflow }),
    clipPath: row.clip_path,
    error: row.error,
    leaseOwner: row.lease_owner,
    leaseExpiresAt: row.lease_expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));

export const entryColumns = 'id, registry, aspect, origin, entry_key, name, count, depth_json, value_json, first_seen_at, last_seen_at';

/** An entry row, before its sources (read separately) are added. */
export const entryRowSchema = z
  .object({
    id: sqlInteger,
    registry: registryKindSchema,
    aspect: z.string(),
    origin: z.union([z.literal(''), narrativeOriginSchema]),
    entry_key: z.string(),
    name: z.string(),
    count: sqlInteger,
    depth_json: sqlJson(z.record(z.string(), z.number())),
    value_json: sqlJson(z.record(z.string(), z.unknown())),
    first_seen_at: z.string(),
    last_seen_at: z.string(),
  })
  .transform((row): Omit<StoredEntry, 'sources'> => ({
    id: row.id,
    registry: row.registry,
    aspect: row.aspect,
    origin: row.origin,
    key: row.entry_key,
    name: row.name,
    count: row.count,
    depth: row.depth_json,
    value: row.value_json,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
  }));

/** An entry's identity with its id, name and count (what growth planning reads). */
export const entryRefRowSchema = z.object({
  id: sqlInteger,
  name: z.string(),
  count: sqlInteger,
  registry: registryKindSchema,
  aspect: z.string(),
  origin: z.union([z.literal(''), narrativeOriginSchema]),
  entry_key: z.string(),
});

export const entrySourceRowSchema = z.object({ entry_id: sqlInteger, job_id: z.string(), seen_at: z.string() });

export const interpretationColumns = 'id, prompt, source, status, instruction_json, created_at, updated_at';

export const interpretationRowSchema = z
  .object({
    id: z.string(),
    prompt: z.string(),
    source: z.string(),
    status: z.enum(interpretationStatuses),
    instruction_json: sqlJson(instructionSchema).nullish(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform((row): InterpretationRecord => ({
    id: row.id,
    prompt: row.prompt,
    source: row.source,
    status: row.status,
    instruction: row.instruction_json ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));

export const linguisticColumns = 'span, canonical, domain, kind, count';

export const linguisticRowSchema = z
  .object({ span: z.string(), canonical: z.string(), domain: linguisticDomainSchema, kind: mappingKindSchema, count: sqlInteger })
  .transform((row): LinguisticEntry => row);

export const learningColumns = 'job_id, prompt, spec_json, summary_json, backfilled, created_at';

export const learningRowSchema = z
  .object({
    job_id: z.string(),
    prompt: z.string(),
    spec_json: sqlJson(sceneSpecSchema.nullable()),
    summary_json: sqlJson(z.record(z.string(), z.unknown())),
    backfilled: sqlFlag,
    created_at: z.string(),
  })
  .transform((row): LearningRun => ({
    schemaVersion: 1,
    jobId: row.job_id,
    prompt: row.prompt,
    spec: row.spec_json,
    summary: row.summary_json,
    backfilled: row.backfilled,
    createdAt: row.created_at,
  }));

export const discoveryColumns = 'job_id, focus, added, counted, by_aspect_json, backfilled, created_at';

export const discoveryRowSchema = z
  .object({
    job_id: z.string(),
    focus: z.enum(['frame', 'window', 'all']),
    added: sqlInteger,
    counted: sqlInteger,
    by_aspect_json: sqlJson(z.record(z.string(), z.object({ added: z.number().int(), counted: z.number().int() }))),
    backfilled: sqlFlag,
    created_at: z.string(),
  })
  .transform((row): DiscoveryRun => ({
    schemaVersion: 1,
    jobId: row.job_id,
    focus: row.focus,
    added: row.added,
    counted: row.counted,
    byAspect: row.by_aspect_json,
    backfilled: row.backfilled,
    createdAt: row.created_at,
  }));

/** A `backfilled` flag read by itself (`discovery_runs`, `learning_runs`). */
export const backfilledRowSchema = z.object({ backfilled: sqlFlag });
