import { createRegistryClient } from '@motionreg/client';
import type { FetchLike, RegistryClient } from '@motionreg/client';
import { openStore } from '@motionreg/grow';
import type { OpenStoreOptions } from '@motionreg/grow';
import { MotionregError, registryApi } from '@motionreg/primitives';
import type { RegistryStore } from '@motionreg/primitives';

/** Options of {@link openStoreUrl}. */
export interface OpenStoreUrlOptions {
  /** Open for reading only: every write fails with `invalid_input` before it reaches the store. @default false */
  readOnly?: boolean;
  /** The registry service's bearer token (http and https URLs). @default env.MOTIONREG_TOKEN */
  token?: string;
  /** The fetch a service or D1 store uses. @default the platform's */
  fetch?: FetchLike;
  /** Where `MOTIONREG_TOKEN`, `CLOUDFLARE_API_TOKEN` and `CLOUDFLARE_API_BASE_URL` are read. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The forms a store URL takes, for error messages and `--help`. */
export const storeUrlForms = ['memory:', 'sqlite:PATH', 'd1://ACCOUNT_ID/DATABASE_ID', 'http://HOST[:PORT][/PATH]', 'https://HOST[/PATH]'] as const;

const localSchemes = /^(?:memory:|sqlite:|d1:\/\/)/;
const serviceScheme = /^https?:\/\//i;

/**
 * The one store-URL resolver of the CLI, the examples and the tests: `memory:`, `sqlite:PATH` and
 * `d1://ACCOUNT_ID/DATABASE_ID` open a local or D1 store (`openStore` of `@motionreg/grow`, which reads
 * `CLOUDFLARE_API_TOKEN` for D1); `http://…` and `https://…` open a client of the registry service
 * (`@motionreg/client`), with the token from `options.token` or `MOTIONREG_TOKEN`. Anything else is
 * `invalid_input` listing the forms.
 *
 * @example
 * ```ts
 * const store = openStoreUrl(process.env.MOTIONREG_STORE ?? 'sqlite:./motionreg-out/registry.db');
 * const remote = openStoreUrl('https://registry.example.workers.dev', { readOnly: true });
 * ```
 */
export function openStoreUrl(url: string, options: OpenStoreUrlOptions = {}): RegistryStore {
  if (typeof url !== 'string' || url.trim().length === 0) {
    throw new MotionregError('invalid_input', `store url must be one of ${storeUrlForms.join(', ')}; got ${JSON.stringify(url)}`, { component: 'loops' });
  }
  const env = options.env ?? process.env;
  if (serviceScheme.test(url)) {
    const token = options.token ?? nonEmpty(env.MOTIONREG_TOKEN);
    const client = createRegistryClient({
      baseUrl: url,
      ...(token === undefined ? {} : { token }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
    return options.readOnly === true ? readOnlyStore(client, url) : client;
  }
  if (!localSchemes.test(url)) {
    throw new MotionregError('invalid_input', `unknown store url ${JSON.stringify(url)}: use one of ${storeUrlForms.join(', ')}`, { component: 'loops' });
  }
  const storeOptions: OpenStoreOptions & { readOnly?: boolean } = {
    env,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
  };
  return openStore(url, storeOptions);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.length === 0 ? undefined : value;
}

/**
 * A view of the service client that refuses every write up front (a report or an export pointed at a
 * shared service must not change it, even with a token in the environment). Which methods write is
 * read from the route table, so a route added later is guarded too.
 */
function readOnlyStore(client: RegistryClient, url: string): RegistryClient {
  const refusal = (method: string) => new MotionregError('invalid_input', `${method}: store ${url} was opened read-only`, { component: 'loops' });
  const guarded: Record<string, unknown> = { ...client };
  for (const [name, route] of Object.entries(registryApi)) {
    if (route.write && typeof guarded[name] === 'function') guarded[name] = () => Promise.reject(refusal(name));
  }
  const call: RegistryClient['call'] = (name, routeCall) => (registryApi[name].write ? Promise.reject(refusal(name)) : client.call(name, routeCall));
  // why: the copy holds the same members with some write methods swapped for refusals of the same shape.
  return { ...(guarded as unknown as RegistryClient), call };
}
