import { MotionregError } from '@motionreg/primitives';
import type { SqlExecutor, SqlStatement, SqlValue } from '@motionreg/grow/sql';
import { z } from 'zod';
import {
  expiredKeysPerWrite, idempotencyKeyLifetimeMs, idempotencyLockMs, newOwner,
} from './idempotency-store.js';
import type { BeginOutcome, IdempotencyStore } from './idempotency-store.js';

const statement = (text: string, ...params: SqlValue[]): SqlStatement => ({ sql: text, params });

// why: a few expired keys go with every new key, oldest first, so cleanup never needs a schedule
// and never costs one write more than a bounded delete.
const purgeSql = `DELETE FROM idempotency_keys WHERE idempotency_key IN (
  SELECT idempotency_key FROM idempotency_keys WHERE expires_at < ? ORDER BY expires_at LIMIT ?)`;

// why: one statement decides who holds the key, so two requests racing on an engine without
// interactive transactions (D1) cannot both win: the insert takes a new key; the update takes over
// only an expired key, or the same request whose holder stopped without answering (lock passed).
const claimSql = `INSERT INTO idempotency_keys
  (idempotency_key, method, path, body_hash, owner, locked_until, created_at, expires_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (idempotency_key) DO UPDATE SET
    method = excluded.method, path = excluded.path, body_hash = excluded.body_hash,
    owner = excluded.owner, locked_until = excluded.locked_until,
    response_status = NULL, response_type = NULL, response_body = NULL,
    created_at = excluded.created_at, expires_at = excluded.expires_at
  WHERE idempotency_keys.expires_at < excluded.created_at
    OR (idempotency_keys.response_status IS NULL AND idempotency_keys.locked_until < excluded.created_at
      AND idempotency_keys.method = excluded.method AND idempotency_keys.path = excluded.path
      AND idempotency_keys.body_hash = excluded.body_hash)`;

const readSql = `SELECT method, path, body_hash, owner, locked_until, response_status, response_type, response_body
  FROM idempotency_keys WHERE idempotency_key = ?`;

const keyRowSchema = z.object({
  method: z.string(),
  path: z.string(),
  body_hash: z.string(),
  owner: z.string(),
  response_status: z.coerce.number().int().nullable(),
  response_type: z.string().nullable(),
  response_body: z.string().nullable(),
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
 * registry store uses, or a SQLite file. Every statement binds its values.
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
          const row = parseRow(keyRowSchema, results[2]?.[0], executor);
          if (row.owner === owner) return { state: 'started', owner };
          if (row.method !== request.method || row.path !== request.path || row.body_hash !== request.bodyHash) {
            return { state: 'mismatch', first: { method: row.method, path: row.path } };
          }
          if (row.response_status === null || row.response_body === null) return { state: 'in_flight' };
          return { state: 'replay', response: { status: row.response_status, contentType: row.response_type ?? 'application/json', body: row.response_body } };
        },
      }));
    },
    complete: (key, owner, response) =>
      executor.atomic(async () => ({
        statements: [
          statement(
            'UPDATE idempotency_keys SET response_status = ?, response_type = ?, response_body = ?, locked_until = 0 WHERE idempotency_key = ? AND owner = ?',
            response.status, response.contentType, response.body, key, owner,
          ),
        ],
        finish: () => undefined,
      })),
    release: (key, owner) =>
      executor.atomic(async () => ({
        statements: [statement('DELETE FROM idempotency_keys WHERE idempotency_key = ? AND owner = ? AND response_status IS NULL', key, owner)],
        finish: () => undefined,
      })),
    size: async () => parseRow(countRowSchema, (await executor.read(statement('SELECT COUNT(*) AS keys FROM idempotency_keys')))[0], executor).keys,
    close: async () => undefined,
  };
}
