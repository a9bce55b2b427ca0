import type { MiddlewareHandler } from 'hono';
import { ServiceError } from '../app/service-error.js';

const encoder = new TextEncoder();

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/**
 * Compares two secrets in time independent of where they differ: both are hashed first (so their
 * lengths cannot leak either), then every byte of the digests is compared. Uses only Web Crypto, so
 * it runs the same on Workers and on Node.
 */
export async function secretsEqual(given: string, expected: string | Uint8Array): Promise<boolean> {
  const [left, right] = await Promise.all([sha256(given), typeof expected === 'string' ? sha256(expected) : Promise.resolve(expected)]);
  let difference = left.length ^ right.length;
  for (let index = 0; index < left.length; index += 1) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

const bearerPattern = /^Bearer[ ]+(\S+)\s*$/i;

/** The checks of a service's bearer token: whether it has one, and whether a request carries it. */
export interface TokenCheck {
  /** Resolves when the request's `Authorization` header carries the token; throws `unauthorized` otherwise. */
  verify(authorization: string | undefined, what: string): Promise<void>;
}

/**
 * Builds the token check. Without a configured token the service is read-only: every write answers
 * 401 saying so (safer than accepting writes from anyone when a deploy forgot the secret).
 */
export function createTokenCheck(token: string | undefined): TokenCheck {
  const expected = token === undefined || token.length === 0 ? undefined : sha256(token);
  const challenge = { 'WWW-Authenticate': 'Bearer realm="motionreg"' };
  return {
    async verify(authorization, what) {
      if (expected === undefined) {
        throw new ServiceError('unauthorized', `${what} needs a token, and this service has none configured: set the MOTIONREG_TOKEN secret (Worker) or start it with --token / MOTIONREG_TOKEN`, { headers: challenge });
      }
      const given = bearerPattern.exec(authorization ?? '')?.[1];
      if (given === undefined) throw new ServiceError('unauthorized', `${what} needs the header Authorization: Bearer <token>`, { headers: challenge });
      if (!(await secretsEqual(given, await expected))) throw new ServiceError('unauthorized', `${what}: the bearer token is not this service's token`, { headers: challenge });
    },
  };
}

/** Middleware requiring the token on a route. */
export function requireToken(check: TokenCheck): MiddlewareHandler {
  return async (c, next) => {
    await check.verify(c.req.header('Authorization'), `${c.req.method} ${c.req.path}`);
    await next();
  };
}
