import { MotionregError } from '@motionreg/primitives';
import { z } from 'zod';

/** The fetch the client calls: the platform's, or one you give (tests, proxies, instrumentation). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options of `createRegistryClient`. */
export interface RegistryClientOptions {
  /** The service's base URL, e.g. `https://registry.example.workers.dev` or `http://127.0.0.1:8787`. */
  baseUrl: string;
  /** The bearer token: sent on every write, and on reads too when given. */
  token?: string;
  /** @default globalThis.fetch */
  fetch?: FetchLike;
  /** How long one attempt may take, response body included; a timed-out attempt counts as one try. @default 30000 */
  timeoutMs?: number;
  /** Retries after the first try (so `4` is five tries in all). @default 4 */
  retries?: number;
  /** The first retry's backoff ceiling, doubling each retry (full jitter below it). @default 250 */
  retryBaseMs?: number;
  /** No backoff ceiling grows past this. @default 10000 */
  retryMaxMs?: number;
  /** @default `motionreg-client/<version>` */
  userAgent?: string;
  /** A number in [0, 1), for the jitter. Inject a seeded one to make retries reproducible. @default Math.random */
  random?: () => number;
}

/** The package version, sent in the default user agent. */
export const clientVersion = '0.1.0';

const optionsSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }),
  token: z.string().min(1, 'must not be empty').regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces').optional(),
  fetch: z.custom<FetchLike>((value) => typeof value === 'function', 'must be a function').optional(),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000),
  retries: z.number().int().nonnegative().max(20).default(4),
  retryBaseMs: z.number().int().nonnegative().max(600_000).default(250),
  retryMaxMs: z.number().int().nonnegative().max(3_600_000).default(10_000),
  userAgent: z.string().min(1).optional(),
  random: z.custom<() => number>((value) => typeof value === 'function', 'must be a function').optional(),
});

/** Options after checking, every default filled in. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly token: string | undefined;
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly userAgent: string;
  readonly random: () => number;
}

/**
 * Checks the options once, up front: a bad one is a one-line `invalid_input` naming the option,
 * rather than a confusing failure on the first request.
 */
export function resolveClientOptions(options: RegistryClientOptions): ResolvedClientOptions {
  const parsed = optionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = issue?.path.join('.') || 'options';
    throw new MotionregError('invalid_input', `createRegistryClient option ${option}: ${issue?.message ?? 'invalid'}`, { component: 'client', cause: parsed.error });
  }
  const value = parsed.data;
  if (value.retryMaxMs < value.retryBaseMs) {
    throw new MotionregError('invalid_input', `createRegistryClient option retryMaxMs: ${value.retryMaxMs} is below retryBaseMs ${value.retryBaseMs}`, { component: 'client' });
  }
  const platformFetch = globalThis.fetch as FetchLike | undefined;
  const fetch = value.fetch ?? platformFetch;
  if (fetch === undefined) throw new MotionregError('invalid_input', 'createRegistryClient option fetch: this platform has no global fetch; pass one', { component: 'client' });
  return {
    baseUrl: value.baseUrl.replace(/\/+$/, ''),
    token: value.token,
    fetch: value.fetch ?? ((input, init) => platformFetch!(input, init)),
    timeoutMs: value.timeoutMs,
    retries: value.retries,
    retryBaseMs: value.retryBaseMs,
    retryMaxMs: value.retryMaxMs,
    userAgent: value.userAgent ?? `motionreg-client/${clientVersion}`,
    random: value.random ?? Math.random,
  };
}
