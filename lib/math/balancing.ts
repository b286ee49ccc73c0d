import type { MatrixLike, VectorLike } from './types';
import { logSumExpChecked } from './softmax';
import { checkIndexLists, checkInteger, checkMatrix, checkVector } from './validate';

/**
 * Load-balancing auxiliary loss in the Switch / Mixtral / Hugging Face form, coefficient α not
 * included. `probs` is tokens × N (full softmax over all experts, before top-k); `indices` is
 * tokens × k (the selected experts, slot j = the token's j-th choice).
 *
 * $$\mathcal L = N \sum_{j=1}^{k} \sum_{e=1}^{N} f_{j,e} P_e,\qquad
 * f_{j,e} = \frac1T \sum_t \mathbb 1[\mathrm{sel}_{t,j} = e],\qquad P_e = \frac1T \sum_t p_{t,e}$$
 *
 * Uniform routing gives k (1 for k = 1, Switch's minimum); for k = 1 it is Switch's
 * $N\sum_i f_i P_i$. Sources: Fedus et al. 2021, arXiv:2101.03961, §2.2; Hugging Face
 * `load_balancing_loss_func` (Mixtral, arXiv:2401.04088), FACTS A16.
 */
export function loadBalancingLoss(probs: MatrixLike, indices: readonly (readonly number[])[], numExperts: number): number {
  checkInteger(numExperts, 'numExperts', 1);
  const { rows: tokens } = checkMatrix(probs, 'probs', { cols: numExperts });
  if (!Array.isArray(indices) || indices.length !== tokens) {
    throw new RangeError(`indices must have one row per token (${tokens}), got ${Array.isArray(indices) ? indices.length : typeof indices}`);
  }
  const k = Array.isArray(indices[0]) ? indices[0].length : 0;
  if (k === 0) throw new RangeError('indices[0] must be a non-empty array of expert ids');
  checkIndexLists(indices, 'indices', numExperts, k);
  const meanProb = new Array<number>(numExperts).fill(0);
  for (const row of probs) row.forEach((p, e) => (meanProb[e] += p / tokens));
  // Σ_slot Σ_e f[slot][e]·P[e] = (1/T) Σ_t Σ_slot P[sel(t, slot)]
  let total = 0;
  for (const row of indices) for (const e of row) total += meanProb[e];
  return (numExperts * total) / tokens;
}

/**
 * Router z-loss: mean over tokens of the squared log-sum-exp of the token's router logits
 * (`logits` is tokens × N); coefficient $c_z$ (10⁻³ in ST-MoE) not included.
 *
 * $$L_z = \frac1B \sum_{i=1}^{B} \Big(\log \sum_{j=1}^{N} e^{x^{(i)}_j}\Big)^2$$
 *
 * Source: Zoph et al. 2022, ST-MoE, arXiv:2202.08906 (router z-loss).
 */
export function routerZLoss(logits: MatrixLike): number {
  const { rows } = checkMatrix(logits, 'logits');
  return logits.reduce((s, row) => s + logSumExpChecked(row) ** 2, 0) / rows;
}

/**
 * Squared coefficient of variation with the population variance (ddof = 0, as tensor2tensor's
 * `cv_squared`, without its epsilons); the mean must be non-zero.
 *
 * $$CV(x)^2 = \frac{\frac1n\sum_i (x_i - \bar x)^2}{\bar x^2}$$
 *
 * Source: $L_{importance}$ and $L_{load}$ of Shazeer et al. 2017, arXiv:1701.06538, §4 and Appendix A.
 */
export function cvSquared(x: VectorLike): number {
  const n = checkVector(x, 'x');
  const mean = x.reduce((s, v) => s + v, 0) / n;
  if (mean === 0) throw new RangeError('x must have a non-zero mean');
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
  return variance / (mean * mean);
}
