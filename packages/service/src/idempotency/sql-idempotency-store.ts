import { MotionregError } from '@motionreg/primitives';
import type { SqlExecutor, SqlStatement, SqlValue } from '@motionreg/grow/sql';
import { z } from 'zod';
import {
  expiredKeysPerWrite, idempotencyKeyLifetimeMs, idempotencyLockMs, newOwner,
} from './idempotency-store.js';
import type { BeginOutcome, IdempotencyStore } from './idempotency-store.js';

const statement = (text: string, ...params: SqlValue[]): SqlStatement => ({ sql: text, params });

// why: a few expired keys go with every new key, oldest first, so cleanup never needs a schedule
// and never costs one write more than a bounded delete (their response parts go by ON DELETE CASCADE).
const purgeSql = `DELETE FROM idempotency_keys WHERE idempotency_key IN (
  SELECT idempotency_key FROM idempotency_keys WHERE expires_at < ? ORDER BY expires_at, idempotency_key LIMIT ?)`;

// why: one statement decides who holds the key, so two requests racing on an engine without
// interactive transactions (D1) cannot both win: the insert takes a new key; the update takes over
// only an expired key, or the same request whose holder stopped without answering (lock passed).
const claimSql = `INSERT INTO idempotency_keys
  (idempotency_key, method, path, body_hash, owner, locked_until, created_at, expires_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (idempotency_key) DO UPDATE SET
    method = excluded.method, path = excluded.path, body_hash = excluded.body_hash,
    owner = excluded.owner, locked_until = excluded.locked_until,
    response_status = NULL, response_type = NULL, response_body = NULL, response_parts = 0,
    created_at = excluded.created_at, expires_at = excluded.expires_at
  WHERE idempotency_keys.expires_at < excluded.created_at
    OR (idempotency_keys.response_status IS NULL AND idempotency_keys.locked_until < excluded.created_at
      AND idempotency_keys.method = excluded.method AND idempotency_keys.path = excluded.path
      AND idempotency_keys.body_hash = excluded.body_hash)`;

// why: the key and its response parts in one read (one statement of the write's budget).
const readSql = `SELECT k.method, k.path, k.body_hash, k.owner, k.response_status, k.response_type, k.response_body,
    k.response_parts, p.part
  FROM idempotency_keys k
  LEFT JOIN idempotency_response_parts p ON p.idempotency_key = k.idempotency_key AND p.owner = k.owner
  WHERE k.idempotency_key = ? ORDER BY p.seq`;

const insertPartSql = `INSERT INTO idempotency_response_parts (idempotency_key, owner, seq, part)
  SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM idempotency_keys WHERE idempotency_key = ? AND owner = ?)`;

/**
 * UTF-16 code units per stored part: at most 3 UTF-8 bytes each, so a part and its statement stay
 * under D1's 100 KB per statement however the text is made.
 */
export const responsePartLength = 30_000;

/** Cuts a body into parts of at most {@link responsePartLength} code units, never inside a surrogate pair. */
export function splitResponseBody(body: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start < body.length;) {
    let end = Math.min(start + responsePartLength, body.length);
    const last = body.charCodeAt(end - 1);
    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(body.slice(start, end));
    start = end;
  }
  return parts;
}

const keyRowSchema = z.object({
  method: z.string(),
  path: z.string(),
  body_hash: z.string(),
  owner: z.string(),
  response_status: z.coerce.number().int().nullable(),
  response_type: z.string().nullable(),
  response_body: z.string().nullable(),
  response_parts: z.coerce.number().int().nonnegative(),
  part: z.string().nullable(),
});

const countRowSchema = z.object({ keys: z.coerce.number().int().nonnegative() });

function parseRow<Schema extends z.ZodType>(schema: Schema, row: unknown, executor: SqlExecutor): z.output<Schema> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  throw new MotionregError('internal', `idempotency_keys row from the ${executor.kind} store does not match its schema: ${parsed.error.issues[0]?.message ?? 'unknown'}`, { component: 'service', cause: parsed.error });
}

/**
 * Idempotency keys in the `idempotency_keys` table (migration `0003_idempotency_keys.sql` of
 * `@motionreg/grow`), through any {@link SqlExecutor}: the Worker's D1 binding, the same one the
 * registry store uses, or a SQLite file (with foreign keys on, as D1 has them). Every statement
 * binds its values. A write pays 3 statements to claim its key (one batch) and 1 to save its answer
 * (plus one per 30,000 characters of an answer larger than that).
 */
export function createSqlIdempotencyStore(executor: SqlExecutor): IdempotencyStore {
  return {
    kind: `sql:${executor.kind}`,
    begin: (request, nowMs) => {
      const owner = newOwner();
      return executor.atomic(async () => ({
        statements: [
          statement(purgeSql, nowMs, expiredKeysPerWrite),
          statement(claimSql, request.key, request.method, request.path, request.bodyHash, owner, nowMs + idempotencyLockMs, nowMs, nowMs + idempotencyKeyLifetimeMs),
          statement(readSql, request.key),
        ],
        finish: (results): BeginOutcome => {
          const rows = (results[2] ?? []).map((row) => parseRow(keyRowSchema, row, executor));
          const row = rows[0];
          if (row === undefined) throw new MotionregError('internal', `idempotency key ${request.key} vanished while it was claimed`, { component: 'service' });
          if (row.owner === owner) return { state: 'started', owner };
          if (row.method !== request.method || row.path !== request.path || row.body_hash !== request.bodyHash) {
            return { state: 'mismatch', first: { method: row.method, path: row.path } };
          }
          if (row.response_status === null) return { state: 'in_flight' };
          const parts = rows.flatMap((part) => (part.part === null ? [] : [part.part]));
          if (row.response_body === null && parts.length !== row.response_parts) {
            throw new MotionregError('internal', `idempotency key ${request.key} has ${parts.length} of its ${row.response_parts} response parts`, { component: 'service' });
          }
          return { state: 'replay', response: { status: row.response_status, contentType: row.response_type ?? 'application/json', body: row.response_body ?? parts.join('') } };
        },
      }));
    },
    complete: (key, owner, response) => {
      const parts = response.body.length <= responsePartLength ? [] : splitResponseBody(response.body);
      const update = parts.length === 0
        ? statement('UPDATE idempotency_keys SET response_status = ?, response_type = ?, response_body = ?, response_parts = 0, locked_until = 0 WHERE idempotency_key = ? AND owner = ?', response.status, response.contentType, response.body, key, owner)
        : statement('UPDATE idempotency_keys SET response_status = ?, response_type = ?, response_body = NULL, response_parts = ?, locked_until = 0 WHERE idempotency_key = ? AND owner = ?', response.status, response.contentType, parts.length, key, owner);
      return executor.atomic(async () => ({
        statements: [update, ...parts.map((part, seq) => statement(insertPartSql, key, owner, seq, part, key, owner))],
        finish: () => undefined,
      }));
    },
    release: (key, owner) =>
      executor.atomic(async () => ({
        statements: [statement('DELETE FROM idempotency_keys WHERE idempotency_key = ? AND owner = ? AND response_status IS NULL', key, owner)],
        finish: () => undefined,
      })),
    size: async () => parseRow(countRowSchema, (await executor.read(statement('SELECT COUNT(*) AS keys FROM idempotency_keys')))[0], executor).keys,
    close: async () => undefined,
  };
}
