import type { VectorLike } from './types';
import { checkInteger, checkVector } from './validate';

/** All indices of `x` ordered by value, descending; ties go to the lower index. */
export function rankDescending(x: VectorLike): number[] {
  return x
    .map((_, i) => i)
    .sort((a, b) => {
      if (x[a] > x[b]) return -1;
      if (x[a] < x[b]) return 1;
      return a - b;
    });
}

/**
 * The `k` largest entries of `x` and their indices, descending by value; ties go to the lower
 * index, our convention (documented by `tf.math.top_k`; `torch.topk` guarantees no tie order,
 * pytorch#88184, #27542); requires $1 \le k \le |x|$.
 *
 * $$\mathrm{TopK}(x, k) = \{\, i : x_i \text{ is among the } k \text{ largest entries of } x \,\}$$
 *
 * Source: KeepTopK of Shazeer et al. 2017 (arXiv:1701.06538), §2.1.
 */
export function topK(x: VectorLike, k: number): { values: number[]; indices: number[] } {
  const n = checkVector(x, 'x', { rule: 'not-nan' });
  checkInteger(k, 'k', 1, n);
  const indices = rankDescending(x).slice(0, k);
  return { values: indices.map((i) => x[i]), indices };
}

/** Index of the largest entry of `x`; ties go to the lower index: $\arg\max_i x_i$. */
export function argmax(x: VectorLike): number {
  checkVector(x, 'x', { rule: 'not-nan' });
  let best = 0;
  for (let i = 1; i < x.length; i++) if (x[i] > x[best]) best = i;
  return best;
}
