/**
 * @packageDocumentation
 * `@motionreg/service/worker`: the Worker-safe part of the service, for your own Worker project:
 * the ready handler (`registryWorker`, bindings `DB`, `CLIPS`, `MOTIONREG_TOKEN`), or the pieces to
 * assemble one (the app over any store, R2 clips, idempotency keys over a SQL executor).
 */
export { createWorkerApp, registryWorker } from './worker-app.js';
export type { WorkerEnv } from './worker-app.js';
export { createRegistryApp } from '../app/create-registry-app.js';
export type { RegistryAppOptions } from '../app/create-registry-app.js';
export { createR2ClipStore } from '../clips/r2-clip-store.js';
export type { R2BucketLike } from '../clips/r2-clip-store.js';
export type { ClipStore, StoredClip } from '../clips/clip-store.js';
export { createMemoryIdempotencyStore } from '../idempotency/memory-idempotency-store.js';
export { createSqlIdempotencyStore } from '../idempotency/sql-idempotency-store.js';
export type { IdempotencyStore } from '../idempotency/idempotency-store.js';
