import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/** The part of a D1 binding (`D1Database`, e.g. miniflare's `getD1Database()`) the server uses. */
export interface D1DatabaseLike {
  prepare(query: string): { bind(...values: unknown[]): unknown };
  batch(statements: unknown[]): Promise<unknown[]>;
}

/**
 * The script of a Worker that runs D1 batches inside workerd, for {@link d1ThroughWorker}. Give it to
 * Miniflare with a D1 binding named `DB`: `new Miniflare({ modules: true, script: d1BatchWorkerScript, d1Databases: { DB: 'id' } })`.
 */
export const d1BatchWorkerScript = `export default {
  async fetch(request, env) {
    const { batch } = await request.json();
    try {
      const results = await env.DB.batch(batch.map((query) => env.DB.prepare(query.sql).bind(...(query.params ?? []))));
      return Response.json({ ok: true, results });
    } catch (error) {
      return Response.json({ ok: false, message: String((error && error.message) || error) });
    }
  },
};`;

/** The part of Miniflare {@link d1ThroughWorker} uses. */
export interface WorkerDispatcher {
  dispatchFetch(url: string, init: { method: string; body: string; headers: Record<string, string> }): Promise<{ json(): Promise<unknown> }>;
}

const workerAnswerSchema = z.union([
  z.object({ ok: z.literal(true), results: z.array(z.unknown()) }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/**
 * A {@link D1DatabaseLike} whose batches run inside a Worker ({@link d1BatchWorkerScript}) on a real
 * D1 binding. Miniflare's `getD1Database()` proxy makes a round trip to workerd per `prepare` and
 * `bind`; this makes one per batch, which keeps a 130-statement growth batch at tens of milliseconds.
 */
export function d1ThroughWorker(worker: WorkerDispatcher): D1DatabaseLike {
  return {
    prepare: (query) => ({ bind: (...values: unknown[]) => ({ sql: query, params: values }) }),
    batch: async (statements) => {
      const response = await worker.dispatchFetch('http://d1.local/batch', { method: 'POST', body: JSON.stringify({ batch: statements }), headers: { 'content-type': 'application/json' } });
      const answer = workerAnswerSchema.parse(await response.json());
      if (!answer.ok) throw new Error(answer.message);
      return answer.results;
    },
  };
}

/** A response the test wants instead of the real one (to check error handling). */
export interface D1Fault {
  status: number;
  body: string;
}

/** Options of {@link startD1QueryServer}. */
export interface D1QueryServerOptions {
  /** The real D1 the server answers from. */
  database: D1DatabaseLike;
  /** @default 'test-account' */
  accountId?: string;
  /** @default 'test-database' */
  databaseId?: string;
  /** The token requests must carry. @default 'test-token' */
  apiToken?: string;
  /** Called for each authorised request; returning a fault answers with it instead. */
  fault?: (request: D1QueryRequest) => D1Fault | undefined;
}

/** One request body, as the endpoint accepts it: one query, or a batch. */
export type D1QueryRequest = { sql: string; params?: unknown[] } | { batch: { sql: string; params?: unknown[] }[] };

export interface D1QueryServer {
  /** The API base to give the store (`http://127.0.0.1:<port>/client/v4`). */
  readonly baseUrl: string;
  readonly accountId: string;
  readonly databaseId: string;
  readonly apiToken: string;
  /** Every authorised request body received, in order. */
  readonly requests: D1QueryRequest[];
  close(): Promise<void>;
}

const querySchema = z.object({ sql: z.string().min(1), params: z.array(z.unknown()).optional() });
const bodySchema = z.union([z.object({ batch: z.array(querySchema).min(1) }), querySchema]);

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

const failure = (code: number, message: string) => ({ result: null, success: false, errors: [{ code, message }], messages: [] });

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A local stand-in for Cloudflare's D1 REST endpoint `POST /client/v4/accounts/{account_id}/d1/database/{database_id}/query`,
 * on 127.0.0.1, answering from a real D1 database (miniflare's `getD1Database`), not canned
 * responses. It checks the bearer token, accepts `{ sql, params }` and `{ batch: [...] }` bodies,
 * runs a body as one D1 batch (one transaction), binds parameters as sent, and answers with
 * Cloudflare's envelope `{ result: [{ results, success, meta }], success, errors, messages }`; a
 * failing statement answers 400 with code 7500 and D1's message, as the API does.
 *
 * @example
 * ```ts
 * const miniflare = new Miniflare({ modules: true, script: d1BatchWorkerScript, d1Databases: { DB: 'db' } });
 * const server = await startD1QueryServer({ database: d1ThroughWorker(miniflare) });
 * const store = createD1HttpStore({ ...server, migrate: true });
 * ```
 */
export async function startD1QueryServer(options: D1QueryServerOptions): Promise<D1QueryServer> {
  const accountId = options.accountId ?? 'test-account';
  const databaseId = options.databaseId ?? 'test-database';
  const apiToken = options.apiToken ?? 'test-token';
  const path = `/client/v4/accounts/${accountId}/d1/database/${databaseId}/query`;
  const requests: D1QueryRequest[] = [];

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'POST' || request.url !== path) {
        send(response, 404, failure(7404, `no route for ${request.method ?? ''} ${request.url ?? ''}`));
        return;
      }
      if (request.headers.authorization !== `Bearer ${apiToken}`) {
        send(response, 401, failure(10000, 'Authentication error'));
        return;
      }
      let body: z.infer<typeof bodySchema>;
      try {
        body = bodySchema.parse(JSON.parse(await readBody(request)));
      } catch {
        send(response, 400, failure(7400, 'The request is malformed: expected { sql, params? } or { batch: [...] }'));
        return;
      }
      requests.push(body);
      const fault = options.fault?.(body);
      if (fault !== undefined) {
        response.writeHead(fault.status, { 'content-type': 'application/json' });
        response.end(fault.body);
        return;
      }
      const queries = 'batch' in body ? body.batch : [body];
      try {
        const statements = queries.map((query) => options.database.prepare(query.sql).bind(...(query.params ?? [])));
        const results = await options.database.batch(statements);
        send(response, 200, { result: results, success: true, errors: [], messages: [] });
      } catch (error) {
        send(response, 400, failure(7500, error instanceof Error ? error.message : String(error)));
      }
    })().catch((error: unknown) => send(response, 500, failure(7000, String(error))));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    accountId,
    databaseId,
    apiToken,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error)))),
  };
}
