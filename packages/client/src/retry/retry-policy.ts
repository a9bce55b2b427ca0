/**
 * When to try a request again, and how long to wait first. A small module of our own rather than a
 * retry library: the ones we looked at (p-retry, undici's RetryAgent) either jitter around the
 * exponential delay instead of drawing the whole delay at random ("full jitter"), or cannot read
 * `Retry-After` from a response, or own the request and so cannot count a per-attempt timeout as an
 * attempt. Everything here is pure, so it is tested by property, not by sleeping.
 */

/** The backoff settings of one client. */
export interface BackoffPolicy {
  /** The first retry's ceiling; doubles on each further attempt. */
  readonly baseMs: number;
  /** No ceiling grows past this. */
  readonly maxMs: number;
  /** A number in [0, 1). */
  readonly random: () => number;
}

/** The longest `Retry-After` the client waits for; a server asking for longer gets its error back at once. */
export const maxRetryAfterMs = 60_000;

/**
 * The wait before retry number `retry` (0 for the first retry): full jitter, a uniform draw from
 * [0, min(max, base·2^retry)). Drawing the whole delay at random spreads a crowd of clients that failed
 * together over the whole window, so they do not come back in step (the AWS architecture blog's
 * "Exponential Backoff And Jitter" measured this against equal and decorrelated jitter).
 */
export function fullJitterDelay(retry: number, policy: BackoffPolicy): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(retry, 52));
  const draw = policy.random();
  const unit = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 1 - Number.EPSILON) : 0;
  return Math.floor(unit * ceiling);
}

/**
 * Reads a `Retry-After` header: delay-seconds (`120`) or an HTTP date, as milliseconds from `now`.
 * Anything else, or a date in the past, is `undefined` (the header is then ignored, not an error: it is
 * advice).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1_000);
  // why: Date.parse reads bare numbers ('-3', '1e3') as years; an HTTP date always names a month.
  const date = /[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Whether an HTTP status may succeed when the same request is sent again: 408 (request timeout),
 * 429 (too many requests) and every 5xx. A 409 is retried only when the service says the same
 * idempotency key is still being processed (see `isInFlightConflict`); other 4xx are the caller's
 * fault and never retried.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * The wait before the next try: the server's `Retry-After` when it gave one we are willing to honour,
 * the full-jitter delay otherwise; `undefined` when the server asks for longer than {@link maxRetryAfterMs}.
 */
export function nextDelay(retry: number, policy: BackoffPolicy, retryAfterMs: number | undefined): number | undefined {
  if (retryAfterMs === undefined) return fullJitterDelay(retry, policy);
  return retryAfterMs > maxRetryAfterMs ? undefined : retryAfterMs;
}
