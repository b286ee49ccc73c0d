import { createRandom } from '@/lib/math';

/** A 32-bit FNV-1a hash of `text`: a stable seed from a question id. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A permutation of 0 … n − 1 seeded by `seed`, so that the server render and the browser agree.
 * With `avoidIdentity` (order questions) the result is never already in order when n ≥ 2.
 */
export function seededPermutation(n: number, seed: string, avoidIdentity = false): number[] {
  const order = createRandom(hashString(seed)).shuffle(Array.from({ length: n }, (_, i) => i));
  if (avoidIdentity && n >= 2 && order.every((v, i) => v === i)) return [...order.slice(1), order[0]];
  return order;
}
