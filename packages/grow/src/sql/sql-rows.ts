import { MotionregError } from '@motionreg/primitives';
import type { Job, JobStatus, NarrativeOrigin, RegistryKind } from '@motionreg/primitives';
import type { StoredEntry } from '../core/shape.js';
import type { SqlRow } from './sql-executor.js';

/*
 * Readers of result rows. Engines differ in small ways (D1 returns JSON numbers, SQLite may return
 * bigint for large integers), so each column is read with a small check rather than a cast.
 */

function columnError(column: string, value: unknown): MotionregError {
  return new MotionregError('internal', `unexpected value in column ${column}: ${JSON.stringify(value)}`, { component: 'grow' });
}

export function text(row: SqlRow, column: string): string {
  const value = row[column];
  if (typeof value === 'string') return value;
  throw columnError(column, value);
}

export function optionalText(row: SqlRow, column: string): string | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  return text(row, column);
}

export function integer(row: SqlRow, column: string): number {
  const value = row[column];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw columnError(column, value);
}

export function flag(row: SqlRow, column: string): boolean {
  return integer(row, column) === 1;
}

export function json<T>(row: SqlRow, column: string): T {
  const value = text(row, column);
  try {
    return JSON.parse(value) as T;
  } catch (error) {
    throw new MotionregError('internal', `column ${column} holds invalid JSON: ${(error as Error).message}`, { component: 'grow', cause: error });
  }
}

export const entryColumns = 'id, registry, aspect, origin, entry_key, name, count, depth_json, value_json, first_seen_at, last_seen_at';

export function entryFromRow(row: SqlRow, sources: readonly string[]): StoredEntry {
  return {
    id: integer(row, 'id'),
    registry: text(row, 'registry') as RegistryKind,
    aspect: text(row, 'aspect'),
    origin: text(row, 'origin') as NarrativeOrigin | '',
    key: text(row, 'entry_key'),
    name: text(row, 'name'),
    count: integer(row, 'count'),
    depth: json<Record<string, number>>(row, 'depth_json'),
    value: json<Record<string, unknown>>(row, 'value_json'),
    firstSeenAt: text(row, 'first_seen_at'),
    lastSeenAt: text(row, 'last_seen_at'),
    sources,
  };
}

export const jobColumns = 'id, prompt, status, workflow, clip_path, error, lease_owner, lease_expires_at, created_at, updated_at';

export function jobFromRow(row: SqlRow): Job {
  const workflow = optionalText(row, 'workflow');
  return {
    schemaVersion: 1,
    id: text(row, 'id'),
    prompt: text(row, 'prompt'),
    status: text(row, 'status') as JobStatus,
    ...(workflow === null ? {} : { workflow }),
    clipPath: optionalText(row, 'clip_path'),
    error: optionalText(row, 'error'),
    leaseOwner: optionalText(row, 'lease_owner'),
    leaseExpiresAt: optionalText(row, 'lease_expires_at'),
    createdAt: text(row, 'created_at'),
    updatedAt: text(row, 'updated_at'),
  };
}
