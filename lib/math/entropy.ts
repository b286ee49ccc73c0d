import type { VectorLike } from './types';
import { checkVector } from './validate';

/**
 * Shannon entropy of a probability vector, in nats; terms with p = 0 contribute 0. Ranges from 0
 * (all mass on one entry) to ln n (uniform over n entries).
 *
 * $$H(p) = -\sum_i p_i \ln p_i$$
 */
export function entropy(p: VectorLike): number {
  checkVector(p, 'p');
  p.forEach((v, i) => {
    if (v < 0) throw new RangeError(`p[${i}] must be ≥ 0, got ${v}`);
  });
  const total = p.reduce((s, v) => s + v, 0);
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`p must sum to 1, got ${total}`);
  let h = 0;
  for (const v of p) if (v > 0) h -= v * Math.log(v);
  return h;
}
