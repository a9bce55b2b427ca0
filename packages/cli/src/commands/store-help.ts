/**
 * The default store URL, spelled out here so `--help` needs no store package: a test checks it
 * against `defaultStoreUrl` of `@motionreg/grow`.
 */
export const defaultStoreUrlForHelp = 'sqlite:./motionreg-out/registry.db';

/** Help text of every `--store <url>` option. */
export const storeHelp = `where the registries are: memory:, sqlite:PATH, d1://ACCOUNT_ID/DATABASE_ID (token from CLOUDFLARE_API_TOKEN) or the registry service at http(s)://HOST[:PORT] (token from MOTIONREG_TOKEN); default $MOTIONREG_STORE or ${defaultStoreUrlForHelp}`;
