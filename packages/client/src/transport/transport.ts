import { MotionregError } from '@motionreg/primitives';
import type { z } from 'zod';
import type { ResolvedClientOptions } from '../client-options.js';
import { nextDelay, parseRetryAfter } from '../retry/retry-policy.js';
import { labelOf, mapErrorResponse } from './map-error.js';
import type { RequestLabel } from './map-error.js';

/** One logical call: sent, and on a transient fault sent again, until it succeeds or the tries run out. */
export interface TransportRequest<Schema extends z.ZodType> {
  readonly label: RequestLabel;
  /** The path with its parameters filled in. */
  readonly url: string;
  /** A write: carries the token and one idempotency key for all its tries. */
  readonly write: boolean;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly json?: unknown;
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
  /** How to read a 2xx body before parsing it with `schema`. */
  readonly read: 'json' | 'text' | 'bytes';
  readonly schema: Schema;
  /** @default a fresh `crypto.randomUUID()` per logical write */
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
}

/** A parsed answer and how many tries it took. */
export interface TransportResult<Value> {
  readonly value: Value;
  readonly attempts: number;
}

export type Transport = <Schema extends z.ZodType>(request: TransportRequest<Schema>) => Promise<TransportResult<z.output<Schema>>>;

type Attempt =
  | { kind: 'answer'; status: number; headers: Headers; text: string | undefined; bytes: Uint8Array | undefined }
  | { kind: 'fault'; error: MotionregError };

function queryString(query: Readonly<Record<string, unknown>> | undefined): string {
  if (query === undefined) return '';
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null) search.set(name, String(value));
  const text = search.toString();
  return text.length === 0 ? '' : `?${text}`;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The client's one way onto the network: per-attempt timeouts (the body read included, so a server
 * that stalls mid-answer is caught too), retries with full-jitter backoff on network faults, timeouts,
 * 408, 429, 5xx and in-flight 409s, `Retry-After` honoured, and the same `Idempotency-Key` on every
 * try of a write, so a write whose answer was lost is applied once.
 */
export function createTransport(options: ResolvedClientOptions): Transport {
  const policy = { baseMs: options.retryBaseMs, maxMs: options.retryMaxMs, random: options.random };

  async function attempt(url: string, init: RequestInit, read: 'json' | 'text' | 'bytes', label: RequestLabel, caller: AbortSignal | undefined): Promise<Attempt> {
    if (caller?.aborted) throw caller.reason;
    const controller = new AbortController();
    const timeout = new Error(`timed out after ${options.timeoutMs} ms`);
    const timer = setTimeout(() => controller.abort(timeout), options.timeoutMs);
    const onCallerAbort = () => controller.abort(caller?.reason);
    caller?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const response = await options.fetch(url, { ...init, signal: controller.signal });
      // why: the body is read inside the attempt, under its timeout: a service may stall after the headers.
      if (read === 'bytes' && response.ok) {
        return { kind: 'answer', status: response.status, headers: response.headers, text: undefined, bytes: new Uint8Array(await response.arrayBuffer()) };
      }
      return { kind: 'answer', status: response.status, headers: response.headers, text: await response.text(), bytes: undefined };
    } catch (error) {
      if (caller?.aborted) throw caller.reason;
      const cause = controller.signal.aborted && controller.signal.reason === timeout ? timeout : error;
      const reason = cause === timeout ? timeout.message : `network error: ${describeNetworkError(error)}`;
      return { kind: 'fault', error: new MotionregError('store_unavailable', `${labelOf(label)}: ${reason}`, { component: 'client', cause, retryable: true }) };
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    }
  }

  return async function send<Schema extends z.ZodType>(request: TransportRequest<Schema>): Promise<TransportResult<z.output<Schema>>> {
    const { label } = request;
    const headers: Record<string, string> = { accept: request.read === 'bytes' ? 'application/octet-stream, */*' : 'application/json', 'user-agent': options.userAgent };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (request.write) headers['idempotency-key'] = request.idempotencyKey ?? crypto.randomUUID();
    let body: string | Uint8Array | undefined;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers['content-type'] = 'application/json';
    } else if (request.bytes !== undefined) {
      body = request.bytes;
      headers['content-type'] = request.contentType ?? 'application/octet-stream';
    }
    const url = `${request.url}${queryString(request.query)}`;
    const init: RequestInit = { method: label.method, headers, ...(body === undefined ? {} : { body }) };

    for (let tries = 1; ; tries += 1) {
      const outcome = await attempt(url, init, request.read, label, request.signal);
      let error: MotionregError;
      let retryAfterMs: number | undefined;
      if (outcome.kind === 'answer' && outcome.status >= 200 && outcome.status < 300) {
        return { value: parseAnswer(request, outcome), attempts: tries };
      } else if (outcome.kind === 'answer') {
        error = mapErrorResponse(label, outcome.status, outcome.text ?? '', outcome.headers);
        retryAfterMs = parseRetryAfter(outcome.headers.get('retry-after'));
      } else {
        error = outcome.error;
      }
      if (!error.retryable || tries > options.retries) throw tries > 1 ? withTries(error, tries) : error;
      const delay = nextDelay(tries - 1, policy, retryAfterMs);
      if (delay === undefined) throw withTries(error, tries, `the service asked to wait ${retryAfterMs} ms`);
      await sleep(delay, request.signal);
    }
  };
}

function parseAnswer<Schema extends z.ZodType>(request: TransportRequest<Schema>, answer: Extract<Attempt, { kind: 'answer' }>): z.output<Schema> {
  let value: unknown;
  if (request.read === 'bytes') value = answer.bytes;
  else if (request.read === 'text') value = answer.text;
  else {
    try {
      value = JSON.parse(answer.text ?? '');
    } catch (cause) {
      throw new MotionregError('remote_error', `${labelOf(request.label)} answered ${answer.status} with a body that is not JSON: ${(answer.text ?? '').slice(0, 120)}`, { component: 'client', cause, status: answer.status });
    }
  }
  const parsed = request.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new MotionregError('remote_error', `${labelOf(request.label)} answered ${answer.status} with a body that does not match its contract${where}: ${issue?.message ?? 'invalid'}`, { component: 'client', cause: parsed.error, status: answer.status });
  }
  return parsed.data;
}

function withTries(error: MotionregError, tries: number, why = `gave up after ${tries} tries`): MotionregError {
  return new MotionregError(error.code, `${error.message.replace(/^\[motionreg:client\] /, '')} (${why})`, {
    component: 'client', cause: error, retryable: error.retryable, ...(error.status === undefined ? {} : { status: error.status }),
  });
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // why: fetch reports every network fault as "fetch failed"; the cause says which (ECONNREFUSED, bad port).
  const cause = (error as { cause?: unknown }).cause;
  if (typeof cause !== 'object' || cause === null) return error.message;
  const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  const message = cause instanceof Error && cause.message.length > 0 ? cause.message : undefined;
  const detail = code !== undefined && message !== undefined && !message.includes(code) ? `${code}: ${message}` : (message ?? code);
  return detail === undefined ? error.message : `${error.message} (${detail})`;
}
