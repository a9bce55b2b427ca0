import type { AddressInfo } from 'node:net';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { openStore, parseStoreUrl } from '@motionreg/grow';
import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import type { ServiceLogger } from '../app/app-env.js';
import { createRegistryApp } from '../app/create-registry-app.js';
import type { RegistryAppOptions } from '../app/create-registry-app.js';
import { createFolderClipStore } from '../clips/folder-clip-store.js';
import type { IdempotencyStore } from '../idempotency/idempotency-store.js';
import { createMemoryIdempotencyStore } from '../idempotency/memory-idempotency-store.js';
import { createSqliteIdempotencyStore } from './sqlite-idempotency.js';

/** Options of {@link startNodeService}: a store (or its URL) and where to listen. */
export interface NodeServiceOptions extends Omit<RegistryAppOptions, 'store' | 'clips' | 'idempotency'> {
  /** The store URL (`sqlite:PATH`, `memory:`, `d1://…`); the service opens it and closes it on `close()`. */
  storeUrl?: string;
  /** A store already open (closed by its owner, not by `close()`). */
  store?: RegistryStore;
  /** @default 8787; 0 picks a free port */
  port?: number;
  /** @default '127.0.0.1' (reachable from this machine only) */
  host?: string;
  /** Where clips are kept. @default beside a SQLite file (`registry.db` → `registry.clips/`); none otherwise */
  clipsDirectory?: string;
  /** Where idempotency keys are kept. @default beside a SQLite file (`registry.idempotency.db`); in memory otherwise */
  idempotencyPath?: string;
  logger?: ServiceLogger;
}

/** A running Node service. */
export interface NodeService {
  /** The base URL it answers on (`http://127.0.0.1:8787`). */
  readonly url: string;
  /** Stops listening (open connections finish first) and closes what the service opened. */
  close(): Promise<void>;
}

/** `registry.db` → `<dir>/registry<suffix>`: the files the service keeps beside a SQLite registry. */
function besideFile(path: string, suffix: string): string {
  const absolute = resolve(path);
  return join(dirname(absolute), `${basename(absolute, extname(absolute))}${suffix}`);
}

/**
 * Serves the registry service on Node (`@hono/node-server`), by default on 127.0.0.1 only. With a
 * `sqlite:` store, clips go to a folder and idempotency keys to a SQLite file beside the registry.
 *
 * @example
 * ```ts
 * const service = await startNodeService({ storeUrl: 'sqlite:./motionreg-out/registry.db', port: 8787, token: process.env.MOTIONREG_TOKEN });
 * console.log(`listening on ${service.url}`);
 * await service.close();
 * ```
 */
export async function startNodeService(options: NodeServiceOptions): Promise<NodeService> {
  if ((options.store === undefined) === (options.storeUrl === undefined)) {
    throw new MotionregError('invalid_input', 'startNodeService needs exactly one of store and storeUrl', { component: 'service' });
  }
  const location = options.storeUrl === undefined ? undefined : parseStoreUrl(options.storeUrl);
  const sqlitePath = location?.kind === 'sqlite' && location.path !== ':memory:' ? location.path : undefined;
  const store = options.store ?? openStore(options.storeUrl);
  const clipsDirectory = options.clipsDirectory ?? (sqlitePath === undefined ? undefined : besideFile(sqlitePath, '.clips'));
  const idempotencyPath = options.idempotencyPath ?? (sqlitePath === undefined ? undefined : besideFile(sqlitePath, '.idempotency.db'));
  let idempotency: IdempotencyStore;
  try {
    idempotency = idempotencyPath === undefined ? createMemoryIdempotencyStore() : await createSqliteIdempotencyStore(idempotencyPath);
  } catch (error) {
    if (options.store === undefined) await store.close();
    throw error;
  }
  const app = createRegistryApp({
    store,
    token: options.token,
    readsNeedToken: options.readsNeedToken,
    bodyLimitBytes: options.bodyLimitBytes,
    clipLimitBytes: options.clipLimitBytes,
    now: options.now,
    logger: options.logger,
    idempotency,
    clips: clipsDirectory === undefined ? undefined : createFolderClipStore(clipsDirectory),
  });
  const host = options.host ?? '127.0.0.1';
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
      const started = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolveServer(started));
      started.once('error', reject);
    });
  } catch (error) {
    await idempotency.close();
    if (options.store === undefined) await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new MotionregError(code === 'EADDRINUSE' ? 'conflict' : 'invalid_input', `cannot listen on ${host}:${options.port ?? 8787}: ${error instanceof Error ? error.message : String(error)}`, { component: 'service', cause: error });
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolveClose, reject) => {
          server.close((error) => (error === undefined ? resolveClose() : reject(error)));
          // why: idle keep-alive connections would hold close() open until they time out.
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        await idempotency.close();
        if (options.store === undefined) await store.close();
      })();
      return closing;
    },
  };
}
