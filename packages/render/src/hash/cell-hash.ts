/**
 * Seeded integer hashes for placement. Every placement decision of the renderer (which colour a cell
 * holds in a frame, when a cell changes, which sounds an audio frame mixes) is a pure function of
 * integers and the seed, so any frame can be rendered on its own and the same inputs always give the
 * same pixels, on every machine (32-bit integer arithmetic only).
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
function finalize(value: number): number {
  let mixed = value;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

/** One murmur3 round folding a 32-bit word into the running hash. */
function fold(hash: number, word: number): number {
  let k = Math.imul(word | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const h = hash ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/** Hash of two integers under a seed, as an unsigned 32-bit integer. */
export function hash2(a: number, b: number, seed: number): number {
  return finalize(fold(fold(seed | 0, a), b));
}

/** Hash of three integers under a seed, as an unsigned 32-bit integer. */
export function hash3(a: number, b: number, c: number, seed: number): number {
  return finalize(fold(fold(fold(seed | 0, a), b), c));
}

/** Hash of three integers under a seed, as a float in [0, 1). */
export function unit3(a: number, b: number, c: number, seed: number): number {
  return hash3(a, b, c, seed) / 4294967296;
}

/** A 32-bit seed derived from a spec seed and a purpose label, so different uses never share a stream. */
export function deriveSeed(seed: number, label: string): number {
  let hash = finalize(seed | 0) ^ finalize(Math.floor(seed / 4294967296));
  for (let index = 0; index < label.length; index += 1) hash = fold(hash, label.charCodeAt(index));
  return finalize(hash);
}
