import type { RegistryApi, RegistryApiRouteName } from '@motionreg/primitives';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv, ServiceDependencies } from './app-env.js';

/** Routes answered with something other than JSON (a clip stream, Prometheus text): handled on the raw context. */
export const rawRouteNames = ['uploadClip', 'downloadClip', 'metrics'] as const;
export type RawRouteName = (typeof rawRouteNames)[number];
export type JsonRouteName = Exclude<RegistryApiRouteName, RawRouteName>;

/** What a JSON route's handler gets: the dependencies, the path parameters and the parsed request. */
export interface RouteCall<Name extends RegistryApiRouteName> {
  readonly deps: ServiceDependencies;
  readonly params: Readonly<Record<string, string>>;
  readonly input: z.output<RegistryApi[Name]['request']>;
}

/** A JSON route's handler: a small function over the store, returning the route's response. */
export type JsonHandler<Name extends RegistryApiRouteName> = (call: RouteCall<Name>) => Promise<z.input<RegistryApi[Name]['response']>>;

export type JsonHandlers = { readonly [Name in JsonRouteName]: JsonHandler<Name> };

/** A raw route's handler: the Hono context (after auth), answering with any Response. */
export type RawHandler = (c: Context<AppEnv>, deps: ServiceDependencies) => Promise<Response>;

export type RawHandlers = { readonly [Name in RawRouteName]: RawHandler };

/** The path parameter `name`, which the router guarantees for the routes that declare it. */
export function pathParameter(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name];
  // why: the route table declares the segment; a missing one is a wiring fault, not bad input.
  if (value === undefined) throw new Error(`route has no path parameter ${name}`);
  return value;
}
