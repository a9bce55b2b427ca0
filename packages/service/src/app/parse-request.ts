import type { ApiRoute } from '@motionreg/primitives';
import type { z } from 'zod';
import { ServiceError } from './service-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Checks a value against a route's request schema; a mismatch is a 400 naming the field at fault. */
export function parseWithSchema<Schema extends z.ZodType>(schema: Schema, value: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? undefined : issue.path.map(String).join('.');
  throw new ServiceError('invalid_input', `${what}: ${field === undefined ? '' : `${field}: `}${issue?.message ?? 'does not match its schema'}`, {
    ...(field === undefined ? {} : { field }),
    cause: parsed.error,
  });
}

/** The JSON of a request body; an empty body is `{}` (every body schema then names what is missing). */
export function parseJsonBody(bytes: Uint8Array, what: string): unknown {
  if (bytes.byteLength === 0) return {};
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    throw new ServiceError('invalid_input', `${what}: the body is not UTF-8 text`, { field: 'body', cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ServiceError('invalid_input', `${what}: the body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { field: 'body', cause: error });
  }
}

/**
 * Enforces a route's `maxItems` on the body's top-level lists before the body is parsed further, so
 * an oversized batch is refused cheaply and the error says the limit and which list broke it.
 */
export function checkItemLimit(route: ApiRoute, body: unknown, what: string): void {
  if (route.maxItems === undefined || typeof body !== 'object' || body === null || Array.isArray(body)) return;
  for (const [field, value] of Object.entries(body)) {
    if (Array.isArray(value) && value.length > route.maxItems) {
      throw new ServiceError('invalid_input', `${what}: ${field} holds ${value.length} items, more than the limit of ${route.maxItems} per request; split it across requests`, { field });
    }
  }
}

/** A route's parsed request: from the JSON body, the query string, or nothing. */
export function parseRouteInput(route: ApiRoute, request: { body: Uint8Array | undefined; query: Record<string, string> }, what: string): unknown {
  if (route.input === 'none') return {};
  if (route.input === 'query') return parseWithSchema(route.request, request.query, what);
  const body = parseJsonBody(request.body ?? new Uint8Array(0), what);
  checkItemLimit(route, body, what);
  return parseWithSchema(route.request, body, what);
}
