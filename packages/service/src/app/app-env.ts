import type { RegistryStore } from '@motionreg/primitives';
import type { ClipStore } from '../clips/clip-store.js';
import type { ServiceMetrics } from '../metrics/service-metrics.js';

/** Values the middleware hands to later middleware and handlers through Hono's context. */
export interface AppVariables {
  /** The `registryApi` name of the matched route (`createJob`), for metrics and logs. */
  routeName: string;
  /** The request body as read under the body limit (body routes only). */
  rawBody: Uint8Array | undefined;
  /** Set once the request body was read to its end (an answer sent before that closes the connection). */
  bodyConsumed: boolean | undefined;
}

/** Hono's environment type of the registry app. */
export interface AppEnv {
  Variables: AppVariables;
}

/** Where the service logs what a client must not see (500 details, failed key saves). */
export interface ServiceLogger {
  error(message: string, details: Readonly<Record<string, unknown>>): void;
}

/** A logger writing one JSON line per event to stderr (the Worker's log, or the terminal). */
export const consoleLogger: ServiceLogger = {
  error: (message, details) => console.error(JSON.stringify({ level: 'error', message, ...details })),
};

/** What every route handler may use. */
export interface ServiceDependencies {
  readonly store: RegistryStore;
  readonly clips: ClipStore | undefined;
  readonly metrics: ServiceMetrics;
  readonly readsNeedToken: boolean;
  readonly now: () => Date;
  /** Largest clip upload in bytes. */
  readonly clipLimitBytes: number;
}
