import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultStoreUrl, parseStoreUrl } from '@motionreg/grow';
import { MotionregError } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';

export { storeHelp } from './store-help.js';

/** A registry service URL (opened as a client by `openStoreUrl`, never a file). */
const serviceUrl = /^https?:\/\//i;

/** The store URL of `--store`, else `MOTIONREG_STORE`, else the embedded default. */
export function storeUrl(flag: string | undefined): string {
  return flag ?? process.env.MOTIONREG_STORE ?? defaultStoreUrl;
}

/**
 * Opens the store at `url`, runs `work` on it, and always closes it. Commands that write (loops, backfills)
 * use this; `readOnly` opens it for reading only (never created, migrated or written; see {@link withStoreToRead}).
 */
export async function withStore<T>(url: string, work: (store: RegistryStore) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  // why: the registry service (http, https) opens through openStoreUrl of @motionreg/loops, loaded only
  // then: the loops package pulls in every stage, which a registry export on a local file does not need.
  // openStore (grow's SQLite, D1 and memory stores) is loaded only when a store is opened, so a render with no
  // registry yet never loads them.
  const store = serviceUrl.test(url)
    ? (await import('@motionreg/loops')).openStoreUrl(url)
    : (await import('@motionreg/grow')).openStore(url, { readOnly: options.readOnly === true });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * The file a `sqlite:` URL names when there is nothing there yet (a reading command must not create
 * it), else undefined: other kinds of store, an in-memory SQLite, or a file that exists.
 */
export function missingSqliteFile(url: string): string | undefined {
  if (serviceUrl.test(url)) return undefined;
  const location = parseStoreUrl(url);
  if (location.kind !== 'sqlite' || location.path === ':memory:') return undefined;
  return existsSync(location.path) ? undefined : resolve(location.path);
}

/**
 * Opens an existing store read-only, runs `work` and closes it. It never creates, migrates or writes a
 * store: a `sqlite:` URL naming no file is `not_found`, one naming a folder `invalid_input`, each in one
 * line naming the path (a read-only file works too).
 */
export async function withStoreToRead<T>(url: string, work: (store: RegistryStore) => Promise<T>): Promise<T> {
  const missing = missingSqliteFile(url);
  if (missing !== undefined) throw new MotionregError('not_found', `no registry at ${missing} (store ${url}): nothing to read`, { component: 'cli' });
  const location = serviceUrl.test(url) ? undefined : parseStoreUrl(url);
  if (location?.kind === 'sqlite' && location.path !== ':memory:' && statSync(location.path).isDirectory()) {
    throw new MotionregError('invalid_input', `store ${url} names a folder, not a SQLite file`, { component: 'cli' });
  }
  return withStore(url, work, { readOnly: true });
}
