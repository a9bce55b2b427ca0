import { MotionregError } from '../errors/motionreg-error.js';
import { randomSourceFromUint32 } from './random-source.js';
import type { RandomSource } from './random-source.js';

const batchSize = 256;

/**
 * A {@link RandomSource} backed by the platform's cryptographically secure generator (WebCrypto
 * `crypto.getRandomValues`, present in Node ≥ 19, Deno, Bun, browsers and Cloudflare Workers). Not
 * repeatable by design: use it where a choice must not be predictable, and a seeded one where a run
 * must be reproducible.
 *
 * @example
 * ```ts
 * createSecureRandom().pick(['a', 'b', 'c']);
 * ```
 */
export function createSecureRandom(): RandomSource {
  const crypto = globalThis.crypto;
  if (crypto === undefined || typeof crypto.getRandomValues !== 'function') {
    throw new MotionregError('internal', 'createSecureRandom needs WebCrypto globalThis.crypto: getRandomValues is missing', { component: 'primitives' });
  }
  // why: one getRandomValues call per 256 numbers instead of per number.
  const batch = new Uint32Array(batchSize);
  let position = batchSize;
  return randomSourceFromUint32(() => {
    if (position === batchSize) {
      crypto.getRandomValues(batch);
      position = 0;
    }
    const value = batch[position]!;
    position += 1;
    return value;
  });
}
