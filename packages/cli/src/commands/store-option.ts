import { defaultStoreUrl, openStore } from '@motionreg/grow';
import type { RegistryStore } from '@motionreg/primitives';

export { storeHelp } from './store-help.js';

/** The store URL of `--store`, else `MOTIONREG_STORE`, else the embedded default. */
export function storeUrl(flag: string | undefined): string {
  return flag ?? process.env.MOTIONREG_STORE ?? defaultStoreUrl;
}

/** Opens the store at `url`, runs `work` on it, and always closes it. */
export async function withStore<T>(url: string, work: (store: RegistryStore) => Promise<T>): Promise<T> {
  const store = openStore(url);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
