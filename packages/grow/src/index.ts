/**
 * @packageDocumentation
 * `@motionreg/grow`: registries that grow exactly from measurements, behind one store interface
 * (`RegistryStore`, specified in `@motionreg/primitives`). Stores: in memory, an embedded SQLite file
 * (the default, `sqlite:./motionreg-out/registry.db`) and Cloudflare D1 over its HTTP API, all passing
 * one conformance suite (`@motionreg/grow/testing`). Growth keys every measurement, counts it or adds
 * it under a unique, digit-free name, exactly once per job.
 */

// growth
export { growFromExtraction } from './growth/grow-from-extraction.js';
export type { GrowFromExtractionOptions } from './growth/grow-from-extraction.js';
export { growFromPrompt } from './growth/grow-from-prompt.js';
export type { GrowFromPromptOptions } from './growth/grow-from-prompt.js';
export { intendedNarrativeOf, observeExtraction } from './growth/observe-extraction.js';
export { summarizeExtraction } from './growth/summarize-extraction.js';
export {
  anchorColors, anchorRadius, colorKey, colorLatticeStep, latticeColor, pitchBand, soundKey, tempoMarking,
} from './growth/quantize.js';

// stores
export { createMemoryStore } from './memory/memory-store.js';
export type { MemoryStoreOptions } from './memory/memory-store.js';
export { createSqliteStore } from './sqlite/sqlite-store.js';
export type { SqliteStoreOptions } from './sqlite/sqlite-store.js';
export { createD1HttpStore } from './d1/d1-http-store.js';
export type { D1HttpStoreOptions, FetchLike } from './d1/d1-http-store.js';
export { defaultStoreUrl, openStore, parseStoreUrl } from './store-url/open-store.js';
export type { OpenStoreOptions, StoreLocation } from './store-url/open-store.js';

// for store adapters (docs/guides/writing-a-store-adapter.md)
export { createSqlStore } from './sql/sql-store.js';
export type { SqlStoreOptions } from './sql/sql-store.js';
export { sql } from './sql/sql-executor.js';
export type { AtomicPlan, SqlExecutor, SqlRead, SqlRow, SqlStatement, SqlValue } from './sql/sql-executor.js';
export { applyMigrations, assertMigrated } from './sql/apply-migrations.js';
export { migrations } from './sql/migrations.generated.js';
export { splitSqlStatements } from './sql/split-sql-statements.js';
export { planGrowth, observationRef } from './core/plan-growth.js';
export type { EntryNamer, ExistingEntry, GrowthPlan, GrowthReader, PlannedCount, PlannedInsert } from './core/plan-growth.js';
export { refKey } from './core/entry-ref.js';
export type { EntryRef } from './core/entry-ref.js';
export { NameSet } from './core/name-set.js';
export { buildDiagnostics, buildExport, buildKnowledge, toRegistryEntry } from './core/shape.js';
export type { StoredEntry } from './core/shape.js';
export { containsWholeWord, replaceWholeWord, replaceWholeWordInJson, wholeWordPattern } from './core/whole-word.js';
export { retryConflicts } from './core/retry-conflicts.js';

// naming and checks
export { nameCandidates, nameEntry, titleCaseName } from './naming/name-entry.js';
export { auditRegistryExport } from './core/audit-export.js';
