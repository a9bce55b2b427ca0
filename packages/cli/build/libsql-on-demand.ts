/**
 * Stands in for `libsql` in the CLI's bundle (see tsup.config.ts): the SQLite store imports it at the top
 * of a module every command loads, and loading the native binding (with its libc detection) costs a command
 * that opens no SQLite file, such as a render on a fresh install, tens of milliseconds. Here it loads when
 * the first database is opened; `new Database(path, options)` returns libsql's own database.
 */
import { createRequire } from 'node:module';

type Libsql = typeof import('libsql');

let libsql: Libsql | undefined;

/** libsql's `Database` constructor, loaded on first use. */
function Database(...args: ConstructorParameters<Libsql>): InstanceType<Libsql> {
  libsql ??= createRequire(import.meta.url)('libsql') as Libsql;
  return new libsql(...args);
}

export default Database;
