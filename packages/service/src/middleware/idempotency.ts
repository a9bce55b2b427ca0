import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app/app-env.js';
import { ServiceError } from '../app/service-error.js';
import type { IdempotencyStore, StoredResponse } from '../idempotency/idempotency-store.js';

/** A key is 1 to 255 visible ASCII characters (what the IETF Idempotency-Key draft and proxies carry safely). */
const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** The header a replayed response carries, so a client (or a test) can tell a replay from a first answer. */
export const replayedHeader = 'Idempotency-Replayed';

async function hexSha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a response is kept as the key's answer. Server faults (5xx), rate limits and retryable
 * conflicts are not: the client will retry them and the retry must run the request again.
 */
function keepsResponse(status: number): boolean {
  return status < 500 && status !== 409 && status !== 429;
}

/** Options of {@link idempotency}. */
export interface IdempotencyMiddlewareOptions {
  store: IdempotencyStore;
  now: () => Date;
  /** Called when saving or releasing a key fails (the write itself already happened). */
  onStoreError: (error: unknown, key: string) => void;
}

/**
 * Makes a write idempotent under its `Idempotency-Key` header: the first response (status and body)
 * is saved under the key with the request's method, path and body hash; a repeat of the same request
 * gets that response back without running again; a repeat while the first still runs gets 409 with
 * `Retry-After: 1`; the key reused for another request gets 422. Requests without the header run as
 * usual. Runs after the body is read (it hashes `rawBody`) and before the input is parsed.
 */
export function idempotency(options: IdempotencyMiddlewareOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined) {
      await next();
      return;
    }
    const what = `${c.req.method} ${c.req.path}`;
    if (!keyPattern.test(key)) {
      throw new ServiceError('invalid_input', `${what}: Idempotency-Key must be 1 to 255 visible ASCII characters`, { field: 'Idempotency-Key' });
    }
    const url = new URL(c.req.url);
    const request = { key, method: c.req.method, path: `${url.pathname}${url.search}`, bodyHash: await hexSha256(c.get('rawBody') ?? new Uint8Array(0)) };
    const outcome = await options.store.begin(request, options.now().getTime());
    if (outcome.state === 'replay') {
      return new Response(outcome.response.body, {
        status: outcome.response.status,
        headers: { 'Content-Type': outcome.response.contentType, [replayedHeader]: 'true' },
      });
    }
    if (outcome.state === 'in_flight') {
      throw new ServiceError('conflict', `${what}: a request with Idempotency-Key ${key} is still running; retry shortly`, { status: 409, retryable: true, headers: { 'Retry-After': '1' } });
    }
    if (outcome.state === 'mismatch') {
      throw new ServiceError('conflict', `${what}: Idempotency-Key ${key} was first used for ${outcome.first.method} ${outcome.first.path} with another body; use a new key for a new request`, { status: 422, field: 'Idempotency-Key' });
    }
    await next();
    const response = c.res;
    try {
      if (keepsResponse(response.status)) {
        const stored: StoredResponse = {
          status: response.status,
          contentType: response.headers.get('Content-Type') ?? 'application/json',
          body: await response.clone().text(),
        };
        await options.store.complete(key, outcome.owner, stored, options.now().getTime());
      } else {
        await options.store.release(key, outcome.owner);
      }
    } catch (error) {
      // why: the write is done and its answer is ready; failing it now would make the client retry a
      // write that happened. A repeat then runs again, which the stores' exactly-once growth absorbs.
      options.onStoreError(error, key);
    }
  };
}
