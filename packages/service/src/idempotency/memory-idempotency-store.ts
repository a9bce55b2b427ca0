import {
  expiredKeysPerWrite, idempotencyKeyLifetimeMs, idempotencyLockMs, newOwner,
} from './idempotency-store.js';
import type { BeginOutcome, IdempotencyStore, IdempotentRequest, StoredResponse } from './idempotency-store.js';

interface Row extends IdempotentRequest {
  owner: string;
  lockedUntil: number;
  response: StoredResponse | undefined;
  expiresAt: number;
}

/**
 * Idempotency keys in this process's memory: right for a service over a memory store, or a test.
 * A restart forgets them (the stores' own exactly-once still holds for growth).
 */
export function createMemoryIdempotencyStore(): IdempotencyStore {
  const rows = new Map<string, Row>();

  const purge = (nowMs: number): void => {
    let deleted = 0;
    for (const [key, row] of rows) {
      if (deleted >= expiredKeysPerWrite) break;
      if (row.expiresAt < nowMs) {
        rows.delete(key);
        deleted += 1;
      }
    }
  };

  return {
    kind: 'memory',
    async begin(request, nowMs): Promise<BeginOutcome> {
      purge(nowMs);
      const existing = rows.get(request.key);
      const fresh = (): BeginOutcome => {
        const owner = newOwner();
        rows.set(request.key, { ...request, owner, lockedUntil: nowMs + idempotencyLockMs, response: undefined, expiresAt: nowMs + idempotencyKeyLifetimeMs });
        return { state: 'started', owner };
      };
      if (existing === undefined || existing.expiresAt < nowMs) return fresh();
      if (existing.method !== request.method || existing.path !== request.path || existing.bodyHash !== request.bodyHash) {
        return { state: 'mismatch', first: { method: existing.method, path: existing.path } };
      }
      if (existing.response !== undefined) return { state: 'replay', response: existing.response };
      if (existing.lockedUntil > nowMs) return { state: 'in_flight' };
      return fresh();
    },
    async complete(key, owner, response) {
      const row = rows.get(key);
      if (row !== undefined && row.owner === owner) {
        row.response = response;
        row.lockedUntil = 0;
      }
    },
    async release(key, owner) {
      const row = rows.get(key);
      if (row !== undefined && row.owner === owner && row.response === undefined) rows.delete(key);
    },
    size: async () => rows.size,
    close: async () => undefined,
  };
}
