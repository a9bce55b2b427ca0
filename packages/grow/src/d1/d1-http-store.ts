import { MotionregError, parseOrThrow } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { fetch as undiciFetch } from 'undici';
import { z } from 'zod';
import type { EntryNamer } from '../core/plan-growth.js';
import { applyMigrations, assertMigrated } from '../sql/apply-migrations.js';
import { initializedExecutor } from '../sql/initialized-executor.js';
import type { SqlExecutor, SqlRow, SqlStatement } from '../sql/sql-executor.js';
import { createSqlStore } from '../sql/sql-store.js';

/** The part of `fetch` the store uses, so undici's, Node's or a test's fetch all fit. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

/** Options of {@link createD1HttpStore}. */
export interface D1HttpStoreOptions {
  /** The Cloudflare account id. */
  accountId: string;
  /** The D1 database id (a UUID). */
  databaseId: string;
  /** An API token with D1 edit permission (sent as `Authorization: Bearer`). */
  apiToken: string;
  /** @default undici's fetch */
  fetch?: FetchLike;
  /** The API base, without a trailing slash. @default 'https://api.cloudflare.com/client/v4' */
  baseUrl?: string;
  /**
   * Apply the package's migrations over HTTP before the first call. By default the store only checks
   * that they were applied (with `wrangler d1 migrations apply`) and says so when they were not.
   * @default false
   */
  migrate?: boolean;
  /** Per request. @default 30000 */
  timeoutMs?: number;
  /** Where timestamps come from. @default () => new Date() */
  clock?: () => Date;
  /** How new entries are named (their candidate names, best first). @default nameCandidates */
  namer?: EntryNamer;
}

const optionsSchema = z.object({
  accountId: z.string().min(1).regex(/^[\w-]+$/, 'letters, digits, - and _ only'),
  databaseId: z.string().min(1).regex(/^[\w-]+$/, 'letters, digits, - and _ only'),
  apiToken: z.string().min(1),
  baseUrl: z.string().url().default('https://api.cloudflare.com/client/v4'),
  migrate: z.boolean().default(false),
  timeoutMs: z.number().int().positive().default(30_000),
});

/** Cloudflare's response envelope, read leniently: only what the store needs, everything optional. */
const envelopeSchema = z.looseObject({
  success: z.boolean().optional(),
  errors: z.array(z.looseObject({ code: z.number().optional(), message: z.string().optional() })).nullish(),
  result: z
    .array(
      z.looseObject({
        results: z.array(z.record(z.string(), z.unknown())).nullish(),
        success: z.boolean().optional(),
      }),
    )
    .nullish(),
});

const component = 'grow';

function describeErrors(errors: readonly { code?: number | undefined; message?: string | undefined }[] | null | undefined): string {
  if (errors === null || errors === undefined || errors.length === 0) return 'no error detail';
  return errors.map((error) => `${error.code ?? '?'} ${error.message ?? ''}`.trim()).join('; ');
}

/** An error from the API: status and retryability recorded; a SQLite constraint is a conflict to plan again. */
function apiError(status: number, detail: string): MotionregError {
  if (/constraint failed/i.test(detail)) {
    return new MotionregError('conflict', `d1 rejected a write (${status}): ${detail}`, { component, status, retryable: true });
  }
  if (status === 401 || status === 403) return new MotionregError('unauthorized', `d1 refused the API token (${status}): ${detail}`, { component, status });
  if (status === 429 || status >= 500) return new MotionregError('store_unavailable', `d1 is unavailable (${status}): ${detail}`, { component, status, retryable: true });
  return new MotionregError('remote_error', `d1 query failed (${status}): ${detail}`, { component, status });
}

function createD1HttpExecutor(options: z.infer<typeof optionsSchema>, fetchImplementation: FetchLike): SqlExecutor {
  const endpoint = `${options.baseUrl}/accounts/${options.accountId}/d1/database/${options.databaseId}/query`;

  const post = async (body: unknown, expectedResults: number): Promise<SqlRow[][]> => {
    let status: number;
    let text: string;
    try {
      const response = await fetchImplementation(endpoint, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.apiToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw new MotionregError('store_unavailable', `cannot reach d1 at ${endpoint}: ${error instanceof Error ? error.message : String(error)}`, { component, cause: error, retryable: true });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const envelope = envelopeSchema.safeParse(json);
    // why: the status decides first; the body only adds detail (an error page need not be JSON).
    if (status < 200 || status >= 300) throw apiError(status, envelope.success ? describeErrors(envelope.data.errors) : text.slice(0, 200));
    if (!envelope.success) throw new MotionregError('remote_error', `d1 answered ${status} with a body that is not its JSON envelope: ${text.slice(0, 200)}`, { component, status });
    const { data } = envelope;
    if (data.success === false) throw apiError(status, describeErrors(data.errors));
    const results = data.result ?? [];
    if (results.length !== expectedResults) {
      throw new MotionregError('remote_error', `d1 answered ${results.length} results for ${expectedResults} statements`, { component, status });
    }
    return results.map((result) => {
      if (result.success === false) throw apiError(status, 'a statement failed');
      return result.results ?? [];
    });
  };

  // why: D1's HTTP API documents string parameters; SQLite's type affinity turns them back into numbers in
  // numeric columns and expressions, and every statement of the shared SQL store is written for that.
  const toQuery = (statement: SqlStatement) => ({ sql: statement.sql, params: statement.params.map(String) });

  return {
    kind: 'd1-http',
    interactiveTransactions: false,
    read: async (statement) => (await post(toQuery(statement), 1))[0]!,
    atomic: async (work) => {
      const plan = await work(async (statement) => (await post(toQuery(statement), 1))[0]!);
      if (plan.statements.length === 0) return plan.finish([]);
      // One request, one batch: D1 runs a batch as one transaction and rolls it back on any error.
      return plan.finish(await post({ batch: plan.statements.map(toQuery) }, plan.statements.length));
    },
    close: async () => undefined,
  };
}

/**
 * A store over Cloudflare's D1 REST API (`POST /accounts/{account_id}/d1/database/{database_id}/query`),
 * with the same SQL, schema and behaviour as the SQLite store. Every statement binds its values; every
 * write is one request carrying one batch, which D1 runs as a transaction. D1 over HTTP has no
 * interactive transactions, so a write reads first and its batch carries guard statements: when a
 * concurrent writer changed what it was planned on, the batch rolls back and is planned again.
 *
 * Errors record the HTTP status and whether a retry makes sense: `unauthorized` (401/403),
 * `store_unavailable` (network, 429, 5xx; retryable), `conflict`, `remote_error`.
 *
 * @example
 * ```ts
 * const store = createD1HttpStore({ accountId, databaseId, apiToken: process.env.CLOUDFLARE_API_TOKEN! });
 * const registries = await store.exportRegistries();
 * ```
 */
export function createD1HttpStore(options: D1HttpStoreOptions): RegistryStore {
  const parsed = parseOrThrow(optionsSchema, options, { component, what: 'd1 store options' });
  // why: undici's fetch takes more than FetchLike describes and its AbortSignal type differs from the DOM one; it accepts every call the store makes.
  const executor = createD1HttpExecutor(parsed, options.fetch ?? (undiciFetch as unknown as FetchLike));
  return createSqlStore(initializedExecutor(executor, parsed.migrate ? applyMigrations : assertMigrated), {
    capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true },
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.namer === undefined ? {} : { namer: options.namer }),
  });
}
