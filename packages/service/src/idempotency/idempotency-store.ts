import { z } from 'zod';

/** How long a key and its response are kept: long enough to cover any client's retries. */
export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * How long a request holding a key may run before a repeat may take the key over. A service that
 * crashed mid-request must not leave its key answering "in flight" for a day.
 */
export const idempotencyLockMs = 60_000;

/** At most this many expired keys are deleted by each new key (cleanup costs every write a bounded, small amount). */
export const expiredKeysPerWrite = 20;

/** The request a key was first used with. A repeat must match all three. */
export interface IdempotentRequest {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  /** Hex SHA-256 of the request body. */
  readonly bodyHash: string;
}

/** The first response to a key, replayed to every repeat. */
export const storedResponseSchema = z.object({
  status: z.number().int().min(100).max(599),
  contentType: z.string(),
  body: z.string(),
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

/**
 * What {@link IdempotencyStore.begin} found:
 * - `started`: the key is new (or its earlier holder died); this request runs and owns it.
 * - `replay`: the key already has a response for this same request; answer with it, change nothing.
 * - `in_flight`: the same request is running under the key right now; the client should retry shortly.
 * - `mismatch`: the key was first used with another request (method, path or body).
 */
export type BeginOutcome =
  | { readonly state: 'started'; readonly owner: string }
  | { readonly state: 'replay'; readonly response: StoredResponse }
  | { readonly state: 'in_flight' }
  | { readonly state: 'mismatch'; readonly first: { method: string; path: string } };

/**
 * Where the service keeps idempotency keys. Implementations: {@link createMemoryIdempotencyStore}
 * (one process) and {@link createSqlIdempotencyStore} (the `idempotency_keys` table of migration
 * 0003, on the same SQL executor as the registry store, or a file of its own).
 */
export interface IdempotencyStore {
  readonly kind: string;
  /** Claims `request.key` for this request, or reports why it cannot run. Deletes a few expired keys. */
  begin(request: IdempotentRequest, nowMs: number): Promise<BeginOutcome>;
  /** Saves the response of the request that owns the key. */
  complete(key: string, owner: string, response: StoredResponse, nowMs: number): Promise<void>;
  /** Releases a key whose request failed in a way a retry may fix (5xx, a retryable conflict). */
  release(key: string, owner: string): Promise<void>;
  /** Keys held, expired ones included until cleaned up (for tests and metrics). */
  size(): Promise<number>;
  close(): Promise<void>;
}

/** A fresh owner id: which request holds a key. */
export function newOwner(): string {
  return crypto.randomUUID();
}
