import type { MatrixLike } from './types';
import { checkIndexLists, checkMatrix } from './validate';

/**
 * DeepSeek's expert-level balance loss, coefficient α not included. `scores` is tokens × N
 * (routed experts' affinities: softmax in DeepSeekMoE, sigmoid in DeepSeek-V3, where they are
 * normalised per token first; normalising softmax scores changes nothing); `indices` is tokens × K.
 *
 * $$\mathcal L_{Bal} = \sum_{i=1}^{N} f_i P_i,\qquad f_i = \frac{N}{K T} \sum_t \mathbb 1(i \in \mathrm{Topk}_t),\qquad
 * P_i = \frac1T \sum_t \frac{s_{i,t}}{\sum_j s_{j,t}}$$
 *
 * Balanced selection (every expert chosen KT/N times) gives 1 for any K; the HF form gives K.
 * Sources: Dai et al. 2024, DeepSeekMoE, arXiv:2401.06066, §3.3 (expert-level, α₁);
 * DeepSeek-V3, arXiv:2412.19437, §2.1.2 (sequence-wise, α = 0.0001: pass one sequence).
 */
export function deepSeekBalanceLoss(scores: MatrixLike, indices: readonly (readonly number[])[]): number {
  const { rows: tokens, cols: numExperts } = checkMatrix(scores, 'scores');
  if (!Array.isArray(indices) || indices.length !== tokens) {
    throw new RangeError(`indices must have one row per token (${tokens}), got ${Array.isArray(indices) ? indices.length : typeof indices}`);
  }
  const k = Array.isArray(indices[0]) ? indices[0].length : 0;
  if (k === 0) throw new RangeError('indices[0] must be a non-empty array of expert ids');
  checkIndexLists(indices, 'indices', numExperts, k);
  const meanShare = new Array<number>(numExperts).fill(0);
  scores.forEach((s, t) => {
    const total = s.reduce((sum, v) => sum + v, 0);
    if (!(total > 0) || s.some((v) => v < 0)) {
      throw new RangeError(`scores[${t}] must be non-negative with a positive sum`);
    }
    s.forEach((v, i) => (meanShare[i] += v / total / tokens));
  });
  let loss = 0;
  for (const row of indices) for (const i of row) loss += (numExperts / (k * tokens)) * meanShare[i];
  return loss;
}
