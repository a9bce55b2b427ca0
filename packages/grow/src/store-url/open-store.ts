import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';
import { readOnlyStore } from '../core/read-only-store.js';
import { createD1HttpStore } from '../d1/d1-http-store.js';
import type { FetchLike } from '../d1/d1-http-store.js';
import { createMemoryStore } from '../memory/memory-store.js';
import { createSqliteStore } from '../sqlite/sqlite-store.js';

/** Where the loop and the CLI keep the registries unless told otherwise. */
export const defaultStoreUrl = 'sqlite:./motionreg-out/registry.db';

/** A store URL, parsed. */
export type StoreLocation =
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'd1'; accountId: string; databaseId: string; migrate: boolean };

const d1Pattern = /^d1:\/\/([\w-]+)\/([\w-]+)\/?(?:\?(.*))?$/;

/**
 * Parses a store URL: `memory:`, `sqlite:PATH` (relative to the working directory; `sqlite::memory:`
 * for an in-memory SQLite database) or `d1://ACCOUNT_ID/DATABASE_ID` (add `?migrate=true` to apply the
 * migrations over HTTP). Anything else is `invalid_input`.
 */
export function parseStoreUrl(url: string): StoreLocation {
  if (url === 'memory:') return { kind: 'memory' };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path.length === 0) throw new MotionregError('invalid_input', `store url ${JSON.stringify(url)} names no file: use sqlite:PATH`, { component: 'grow' });
    return { kind: 'sqlite', path };
  }
  const d1 = d1Pattern.exec(url);
  if (d1 !== null) {
    const query = new URLSearchParams(d1[3] ?? '');
    return { kind: 'd1', accountId: d1[1]!, databaseId: d1[2]!, migrate: query.get('migrate') === 'true' || query.get('migrate') === '1' };
  }
  throw new MotionregError('invalid_input', `unknown store url ${JSON.stringify(url)}: use memory:, sqlite:PATH or d1://ACCOUNT_ID/DATABASE_ID`, { component: 'grow' });
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Where `CLOUDFLARE_API_TOKEN` (and `CLOUDFLARE_API_BASE_URL`, to point at another endpoint) are read. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** The fetch a D1 store uses. @default undici's fetch */
  fetch?: FetchLike;
  /**
   * Open for reading only (export, diagnostics, reports): nothing is created or migrated, and every
   * write is refused with `invalid_input`. A missing SQLite file is `not_found`.
   * @default false
   */
  readOnly?: boolean;
}

/**
 * Opens the store a URL names (see {@link parseStoreUrl}); the CLI's `--store`. A D1 store takes its
 * API token from `CLOUDFLARE_API_TOKEN`.
 *
 * @default url `sqlite:./motionreg-out/registry.db`
 * @example
 * ```ts
 * const store = openStore(process.env.MOTIONREG_STORE ?? defaultStoreUrl);
 * const registries = openStore('sqlite:./motionreg-out/registry.db', { readOnly: true });
 * ```
 */
export function openStore(url: string = defaultStoreUrl, options: OpenStoreOptions = {}): RegistryStore {
  const location = parseStoreUrl(url);
  const readOnly = options.readOnly === true;
  switch (location.kind) {
    case 'memory':
      return readOnly ? readOnlyStore(createMemoryStore(), `store ${url}`) : createMemoryStore();
    case 'sqlite':
      return createSqliteStore({ path: location.path, readOnly });
    case 'd1': {
      const env = options.env ?? process.env;
      const apiToken = env.CLOUDFLARE_API_TOKEN;
      if (apiToken === undefined || apiToken.length === 0) {
        throw new MotionregError('invalid_input', `store url ${url} needs an API token: set CLOUDFLARE_API_TOKEN`, { component: 'grow' });
      }
      const baseUrl = env.CLOUDFLARE_API_BASE_URL;
      const store = createD1HttpStore({
        accountId: location.accountId,
        databaseId: location.databaseId,
        apiToken,
        // A read-only open never changes the database, migrations included.
        migrate: location.migrate && !readOnly,
        ...(baseUrl === undefined || baseUrl.length === 0 ? {} : { baseUrl: baseUrl.replace(/\/$/, '') }),
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      });
      return readOnly ? readOnlyStore(store, `store ${url}`) : store;
    }
  }
}
