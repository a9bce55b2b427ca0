import { assertMigrated, createD1BindingExecutor, createSqlStore, initializedExecutor } from '@motionreg/grow/sql';
import type { D1DatabaseBinding } from '@motionreg/grow/sql';
import type { Hono } from 'hono';
import type { AppEnv } from '../app/app-env.js';
import { createRegistryApp } from '../app/create-registry-app.js';
import { createR2ClipStore } from '../clips/r2-clip-store.js';
import type { R2BucketLike } from '../clips/r2-clip-store.js';
import { createSqlIdempotencyStore } from '../idempotency/sql-idempotency-store.js';

/** The bindings the Worker reads (see wrangler.jsonc). */
export interface WorkerEnv {
  /** The registry database (D1). */
  DB: D1DatabaseBinding;
  /** Where job clips are kept (R2). Without it the clip routes answer 404. */
  CLIPS?: R2BucketLike;
  /** The bearer token of writes (`wrangler secret put MOTIONREG_TOKEN`). Without it the service is read-only. */
  MOTIONREG_TOKEN?: string;
  /** `"true"` makes reads need the token too. */
  MOTIONREG_READS_NEED_TOKEN?: string;
}

/** Builds the app of one set of bindings. */
export function createWorkerApp(env: WorkerEnv): Hono<AppEnv> {
  // why: one executor for the store and the keys, so both use the same database and migration check.
  const executor = initializedExecutor(createD1BindingExecutor(env.DB), assertMigrated);
  return createRegistryApp({
    store: createSqlStore(executor, { capabilities: { persistent: true, sharedAcrossInstances: true, multiProcess: true } }),
    idempotency: createSqlIdempotencyStore(executor),
    ...(env.CLIPS === undefined ? {} : { clips: createR2ClipStore(env.CLIPS) }),
    ...(env.MOTIONREG_TOKEN === undefined ? {} : { token: env.MOTIONREG_TOKEN }),
    readsNeedToken: env.MOTIONREG_READS_NEED_TOKEN === 'true',
  });
}

// why: one app per isolate and bindings, so the migration check runs once and the request metrics
// accumulate across requests instead of starting over on each.
let built: { env: WorkerEnv; app: Hono<AppEnv> } | undefined;

function appFor(env: WorkerEnv): Hono<AppEnv> {
  if (built === undefined || built.env !== env) built = { env, app: createWorkerApp(env) };
  return built.app;
}

/**
 * The registry service as a Worker's handler: the registry store and the idempotency keys on the
 * D1 binding `DB` (one executor; the migrations of `@motionreg/grow` applied by `wrangler d1
 * migrations apply`), clips in the R2 binding `CLIPS`, the write token in the secret
 * `MOTIONREG_TOKEN`. Imports only Worker-safe modules (`@motionreg/grow/sql`, never the package's
 * main entry with its native SQLite).
 *
 * A Worker project of your own makes it the default export of its entry module (the service
 * README shows the two lines).
 */
export const registryWorker = {
  fetch: (request: Request, env: WorkerEnv): Response | Promise<Response> => appFor(env).fetch(request, env),
};
