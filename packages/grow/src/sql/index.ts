/**
 * @packageDocumentation
 * `@motionreg/grow/sql`: the shared SQL store and its schema, with nothing Node-only, so a Cloudflare
 * Worker can bundle it: `createSqlStore` over any {@link SqlExecutor}, the D1 binding executor and
 * store, the embedded numbered migrations and the code that applies or checks them.
 */
export { createSqlStore } from './sql-store.js';
export type { SqlStoreOptions } from './sql-store.js';
export { sql } from './sql-executor.js';
export type { AtomicPlan, SqlExecutor, SqlRead, SqlRow, SqlStatement, SqlValue } from './sql-executor.js';
export { createD1BindingExecutor } from './d1-binding-executor.js';
export type { D1BindingExecutorOptions, D1DatabaseBinding, D1PreparedStatementLike } from './d1-binding-executor.js';
export { createD1BindingStore } from './d1-binding-store.js';
export type { D1BindingStoreOptions } from './d1-binding-store.js';
export { initializedExecutor } from './initialized-executor.js';
export { applyMigrations, assertMigrated } from './apply-migrations.js';
export { migrations } from './migrations.generated.js';
export { splitSqlStatements } from './split-sql-statements.js';
