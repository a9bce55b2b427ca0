import { registryApi } from '@motionreg/primitives';
import type { ApiRoute, RegistryApiRouteName, RegistryStore } from '@motionreg/primitives';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { ClipStore } from '../clips/clip-store.js';
import { defaultClipLimitBytes } from '../clips/clip-store.js';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';
import { createMemoryIdempotencyStore } from '../idempotency/memory-idempotency-store.js';
import { createServiceMetrics } from '../metrics/service-metrics.js';
import { createTokenCheck, requireToken } from '../middleware/auth.js';
import { defaultBodyLimitBytes, readBodyLimited } from '../middleware/body-limit.js';
import { errorHandler, notFoundHandler } from '../middleware/errors.js';
import { idempotency, replayedHeader } from '../middleware/idempotency.js';
import { clipRoutes } from '../routes/clips.js';
import { diagnosticsHandlers } from '../routes/diagnostics.js';
import { growthHandlers } from '../routes/growth.js';
import { homePage } from '../routes/home.js';
import { interpretationHandlers } from '../routes/interpretations.js';
import { jobHandlers } from '../routes/jobs.js';
import { metricsHandler } from '../routes/metrics.js';
import { registryHandlers } from '../routes/registries.js';
import { consoleLogger } from './app-env.js';
import type { AppEnv, ServiceDependencies, ServiceLogger } from './app-env.js';
import { rawRouteNames } from './handlers.js';
import type { JsonHandlers, RawHandlers, RawRouteName } from './handlers.js';
import { parseRouteInput } from './parse-request.js';

/** Options of {@link createRegistryApp}. */
export interface RegistryAppOptions {
  /** The registries the service serves. */
  store: RegistryStore;
  /** The bearer token every write needs. Without one the service is read-only (writes answer 401). */
  token?: string;
  /** Whether reads need the token too (`/api/health` never does). @default false */
  readsNeedToken?: boolean;
  /** Where job clips are kept. Without one the clip routes answer 404. */
  clips?: ClipStore;
  /** Largest JSON body in bytes. @default 1000000 */
  bodyLimitBytes?: number;
  /** Largest clip upload in bytes. @default 200000000 */
  clipLimitBytes?: number;
  /** Where idempotency keys are kept. @default in memory (one process) */
  idempotency?: IdempotencyStore;
  /** Where time comes from (key expiry, health). @default () => new Date() */
  now?: () => Date;
  /** Where 500 details go. @default one JSON line per error on stderr */
  logger?: ServiceLogger;
}

const jsonHandlers: JsonHandlers = { ...registryHandlers, ...jobHandlers, ...growthHandlers, ...interpretationHandlers, ...diagnosticsHandlers };

const isRawRoute = (name: RegistryApiRouteName): name is RawRouteName => (rawRouteNames as readonly string[]).includes(name);

/**
 * The routes in registration order: fixed paths before parameterised ones, so `/api/jobs/counts`
 * is never taken for the job `counts` (Hono tries matching routes in the order they were added).
 */
function orderedRoutes(): [RegistryApiRouteName, ApiRoute][] {
  const parameters = (path: string) => path.split('/').filter((segment) => segment.startsWith(':')).length;
  return (Object.entries(registryApi) as [RegistryApiRouteName, ApiRoute][]).sort(([, a], [, b]) => parameters(a.path) - parameters(b.path));
}

/**
 * The registry service as a Hono app over any {@link RegistryStore}: every route of `registryApi`
 * (`@motionreg/primitives`), the same code on Cloudflare Workers and on Node. Writes need the bearer
 * token (compared in constant time) and are idempotent under an `Idempotency-Key` header; bodies are
 * limited in size and parsed with the route's zod schema; errors are JSON, mapped from their code
 * once; a fault the client cannot act on answers 500 with an error id and is logged, never sent.
 *
 * @example
 * ```ts
 * const app = createRegistryApp({ store: createSqliteStore({ path: 'registry.db' }), token: process.env.MOTIONREG_TOKEN });
 * const response = await app.request('/api/health');
 * ```
 */
export function createRegistryApp(options: RegistryAppOptions): Hono<AppEnv> {
  const logger = options.logger ?? consoleLogger;
  const now = options.now ?? (() => new Date());
  const readsNeedToken = options.readsNeedToken ?? false;
  const bodyLimit = options.bodyLimitBytes ?? defaultBodyLimitBytes;
  const keys = options.idempotency ?? createMemoryIdempotencyStore();
  const deps: ServiceDependencies = {
    store: options.store,
    clips: options.clips,
    metrics: createServiceMetrics(),
    readsNeedToken,
    now,
    clipLimitBytes: options.clipLimitBytes ?? defaultClipLimitBytes,
  };
  const rawHandlers: RawHandlers = { ...clipRoutes, metrics: metricsHandler(keys) };
  const tokenCheck = requireToken(createTokenCheck(options.token));
  const idempotent = idempotency({
    store: keys,
    now,
    onStoreError: (error, key) => logger.error('idempotency key not saved', { key, error: String(error) }),
  });

  const app = new Hono<AppEnv>();
  app.use('*', cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After', replayedHeader],
    maxAge: 86_400,
  }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.metrics.record(c.get('routeName') ?? 'unmatched', c.req.method, c.res.status, (performance.now() - started) / 1000);
  });
  app.onError(errorHandler(logger));
  app.notFound(notFoundHandler);

  // The live report page; not in registryApi because it is HTML for people, not part of the API.
  if (readsNeedToken) app.use('/', tokenCheck);
  app.get('/', (c) => homePage(c, deps));

  for (const [name, route] of orderedRoutes()) {
    const chain: [MiddlewareHandler<AppEnv>, ...MiddlewareHandler<AppEnv>[]] = [
      async (c, next) => {
        c.set('routeName', name);
        await next();
      },
    ];
    if (route.write || (readsNeedToken && name !== 'health')) chain.push(tokenCheck);
    if (route.input === 'body') {
      chain.push(async (c, next) => {
        c.set('rawBody', await readBodyLimited(c.req.raw, bodyLimit, `${c.req.method} ${c.req.path}`));
        c.set('bodyConsumed', true);
        await next();
      });
    }
    // why: a clip PUT is idempotent by itself (it replaces the clip with the same bytes), and its body
    // is streamed, never held to be hashed; the header is accepted there and needs no record.
    if (route.write && name !== 'uploadClip') chain.push(idempotent);
    if (isRawRoute(name)) {
      const handle = rawHandlers[name];
      chain.push((c) => handle(c, deps));
    } else {
      // why: the handler table is checked per route name above; here one loop serves every name, so
      // each handler is called through its common shape (its input was parsed with its own schema).
      const handle = jsonHandlers[name] as (call: { deps: ServiceDependencies; params: Record<string, string>; input: unknown }) => Promise<unknown>;
      chain.push(async (c) => {
        const what = `${c.req.method} ${c.req.path}`;
        const input = parseRouteInput(route, { body: c.get('rawBody'), query: c.req.query() }, what);
        const result = await handle({ deps, params: c.req.param(), input });
        return c.body(JSON.stringify(result), 200, { 'Content-Type': 'application/json; charset=utf-8' });
      });
    }
    app.on(route.method, route.path, ...chain);
  }
  return app;
}
