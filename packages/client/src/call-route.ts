import { MotionregError, fillApiPath, registryApi } from '@motionreg/primitives';
import type { RegistryApi, RegistryApiRouteName } from '@motionreg/primitives';
import type { z } from 'zod';
import type { ResolvedClientOptions } from './client-options.js';
import type { Transport, TransportResult } from './transport/transport.js';

/** What one route takes: its request as the table's schema accepts it. */
export type RouteInput<Name extends RegistryApiRouteName> = z.input<RegistryApi[Name]['request']>;
/** What one route answers, parsed by the table's response schema. */
export type RouteOutput<Name extends RegistryApiRouteName> = z.output<RegistryApi[Name]['response']>;

/** Per-call options every client method accepts last. */
export interface CallOptions {
  /** Cancels the call, its pending tries and its backoff sleeps. */
  signal?: AbortSignal;
  /** The key all tries of a write carry. @default a fresh `crypto.randomUUID()` per call */
  idempotencyKey?: string;
}

/** The arguments of {@link RouteCaller}: path parameters, the request, and per-call options. */
export interface RouteCall<Name extends RegistryApiRouteName> extends CallOptions {
  /** The `:name` segments of the route's path. */
  params?: Readonly<Record<string, string>>;
  input?: RouteInput<Name>;
  /** A raw body (clip upload), instead of `input`. */
  bytes?: Uint8Array;
  contentType?: string;
}

export type RouteCaller = <Name extends RegistryApiRouteName>(name: Name, call?: RouteCall<Name>) => Promise<TransportResult<RouteOutput<Name>>>;

/** Routes whose 2xx body is not JSON. */
const readAs: Partial<Record<RegistryApiRouteName, 'text' | 'bytes'>> = { metrics: 'text', downloadClip: 'bytes' };

/**
 * Calls any route of the table by name: checks the request with the route's own schema first (a bad
 * argument is `invalid_input` here, never a round trip), fills the path, puts the request in the body
 * or the query string as the route says, and parses the answer with the route's response schema.
 */
export function createRouteCaller(options: ResolvedClientOptions, transport: Transport): RouteCaller {
  return async function callRoute<Name extends RegistryApiRouteName>(name: Name, call: RouteCall<Name> = {}) {
    const route: RegistryApi[Name] = registryApi[name];
    let request: unknown;
    if (route.input !== 'none') {
      const parsed = (route.request as z.ZodType).safeParse(call.input ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue === undefined || issue.path.length === 0 ? '' : ` ${issue.path.join('.')}`;
        throw new MotionregError('invalid_input', `${name}: bad request${field}: ${issue?.message ?? 'invalid'}`, { component: 'client', cause: parsed.error });
      }
      request = parsed.data;
    }
    const path = fillApiPath(route.path, call.params ?? {});
    const schema = route.response as RegistryApi[Name]['response'];
    return transport({
      label: { method: route.method, path: route.path, name },
      url: `${options.baseUrl}${path}`,
      write: route.write,
      read: readAs[name] ?? 'json',
      schema,
      ...(route.input === 'body' ? { json: request } : {}),
      ...(route.input === 'query' ? { query: request as Record<string, unknown> } : {}),
      ...(call.bytes === undefined ? {} : { bytes: call.bytes }),
      ...(call.contentType === undefined ? {} : { contentType: call.contentType }),
      ...(call.idempotencyKey === undefined ? {} : { idempotencyKey: call.idempotencyKey }),
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    }) as Promise<TransportResult<RouteOutput<Name>>>;
  };
}
