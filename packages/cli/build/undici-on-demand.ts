/**
 * Stands in for `undici` in the CLI's bundle (see tsup.config.ts): the registry stores import undici's
 * `fetch` at the top of a module every command loads, while only a `d1://` store ever calls it. Loading
 * undici costs about 70 ms of a command's start-up; here it loads on the first call instead.
 */
import { createRequire } from 'node:module';

type Undici = typeof import('undici');

let undici: Undici | undefined;

/** undici's own `fetch`, loaded when first called. */
export const fetch: Undici['fetch'] = (...args) => {
  undici ??= createRequire(import.meta.url)('undici') as Undici;
  return undici.fetch(...args);
};
