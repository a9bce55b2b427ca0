/**
 * @packageDocumentation
 * `@motionreg/grow/testing`: the store conformance suite every {@link RegistryStore} passes, the
 * fixtures it grows from, and a local server that answers Cloudflare's D1 `/query` endpoint from a
 * real D1 database (for testing the D1 HTTP store, or an adapter of your own, without an account).
 */
export { describeStoreConformance } from './conformance.js';
export type { ProcessClaimers, StoreConformanceOptions, StoreHarness } from './conformance.js';
export { buildExtraction, buildInstruction, buildSceneSpec } from './fixtures.js';
export type { ExtractionFixtureOptions } from './fixtures.js';
export { d1BatchWorkerScript, d1ThroughWorker, startD1QueryServer } from './d1-query-server.js';
export type { D1DatabaseLike, D1Fault, D1QueryRequest, D1QueryServer, D1QueryServerOptions, WorkerDispatcher } from './d1-query-server.js';
export { createCountingExecutor, d1FreeLimits } from './counting-executor.js';
export type { CallUsage, CountingExecutor, D1Limits } from './counting-executor.js';
