/**
 * @packageDocumentation
 * `@motionreg/service`: the registry service, one Hono app over any `RegistryStore` serving the
 * route table `registryApi` of `@motionreg/primitives`, the same code on Cloudflare Workers (D1, R2)
 * and on Node (SQLite, a clip folder). Writes need a bearer token and are idempotent under an
 * `Idempotency-Key`; bodies are limited and parsed with the contracts; errors are JSON with codes.
 */
export { createRegistryApp } from './app/create-registry-app.js';
export type { RegistryAppOptions } from './app/create-registry-app.js';
export { consoleLogger } from './app/app-env.js';
export type { ServiceLogger } from './app/app-env.js';
export { ServiceError, answerFor, statusByCode } from './app/service-error.js';
export { secretsEqual } from './middleware/auth.js';
export { defaultBodyLimitBytes } from './middleware/body-limit.js';
export { replayedHeader } from './middleware/idempotency.js';

// idempotency keys
export { idempotencyKeyLifetimeMs, idempotencyLockMs } from './idempotency/idempotency-store.js';
export type { BeginOutcome, IdempotencyStore, IdempotentRequest, StoredResponse } from './idempotency/idempotency-store.js';
export { createMemoryIdempotencyStore } from './idempotency/memory-idempotency-store.js';
export { createSqlIdempotencyStore } from './idempotency/sql-idempotency-store.js';

// clips
export { clipContentType, defaultClipLimitBytes } from './clips/clip-store.js';
export type { ClipStore, StoredClip } from './clips/clip-store.js';
export { createR2ClipStore } from './clips/r2-clip-store.js';
export type { R2BucketLike } from './clips/r2-clip-store.js';
export { createFolderClipStore } from './clips/folder-clip-store.js';

// Node
export { startNodeService } from './node/start-node-service.js';
export type { NodeService, NodeServiceOptions } from './node/start-node-service.js';
export { createSqliteIdempotencyStore } from './node/sqlite-idempotency.js';
