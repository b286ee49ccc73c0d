import type { MatrixLike } from './types';
import { rankDescending } from './top-k';
import { checkInteger, checkMatrix } from './validate';

/**
 * Expert-choice routing: each expert picks the `capacity` tokens with the highest affinity
 * `probs[t][e]` (tokens × N), in descending order, ties to the lower token index. Every expert
 * gets exactly `capacity` tokens; a token may get several experts or none.
 *
 * $$S = \mathrm{Softmax}(X W_g) \in \mathbb R^{n\times e},\qquad G, I = \mathrm{TopK}(S^\top, k),\qquad k = \frac{n \cdot c}{e}$$
 *
 * Returns I: `result[e]` lists the token indices expert e takes. Source: Zhou et al. 2022,
 * "Mixture-of-Experts with Expert Choice Routing", arXiv:2202.09368, §3.1.
 */
export function expertChoice(probs: MatrixLike, capacity: number): number[][] {
  const { rows: tokens, cols: numExperts } = checkMatrix(probs, 'probs');
  checkInteger(capacity, 'capacity', 1, tokens);
  return Array.from({ length: numExperts }, (_, e) => {
    const column = probs.map((row) => row[e]);
    return rankDescending(column).slice(0, capacity);
  });
}
