/**
 * @packageDocumentation
 * `@motionreg/client`: the typed HTTP client of the motionreg registry service. It implements
 * `RegistryStore`, so everything that runs on a local store runs on the service unchanged; every
 * route of `registryApi` is a method, every answer parsed with the route's zod schema; writes are
 * retried with full-jitter backoff under one idempotency key, so a write is applied once.
 */
export { createRegistryClient } from './registry-client.js';
export type { RegistryClient } from './registry-client.js';
export { clientVersion } from './client-options.js';
export type { FetchLike, RegistryClientOptions } from './client-options.js';
export type { CallOptions, RouteCall, RouteInput, RouteOutput } from './call-route.js';
export type { ClipSource } from './clip-source.js';
export { fullJitterDelay, isRetryableStatus, maxRetryAfterMs, nextDelay, parseRetryAfter } from './retry/retry-policy.js';
export type { BackoffPolicy } from './retry/retry-policy.js';
