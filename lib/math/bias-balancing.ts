import type { Matrix, MatrixLike, VectorLike } from './types';
import { rankDescending } from './top-k';
import { checkInteger, checkMatrix, checkNonNegative, checkVector } from './validate';

/** Experts selected with the balancing bias, and their gate values from the raw scores. */
export interface BiasedRoute {
  /** the k experts with the highest s + b per token, descending, ties to the lower id (tokens × k) */
  indices: number[][];
  /** gate values (tokens × N): raw s of the selected experts (normalised by default), 0 elsewhere */
  weights: Matrix;
}

/**
 * Auxiliary-loss-free routing: the bias $b_i$ only decides which K experts are selected; the gate
 * values use the raw affinities $s_{i,t}$ (sigmoid in DeepSeek-V3), normalised among the selected
 * when `normalize` (default, as V3 does).
 *
 * $$g'_{i,t} = \begin{cases} s_{i,t} & s_{i,t} + b_i \in \mathrm{Topk}(\{s_{j,t} + b_j\}, K)\\ 0 & \text{otherwise}\end{cases},\qquad
 * g_{i,t} = \frac{g'_{i,t}}{\sum_j g'_{j,t}}$$
 *
 * Sources: Wang et al. 2024, "Auxiliary-Loss-Free Load Balancing Strategy for Mixture-of-Experts",
 * arXiv:2408.15664; DeepSeek-AI 2024, DeepSeek-V3, arXiv:2412.19437, §2.1.2.
 */
export function routeWithBias(scores: MatrixLike, bias: VectorLike, k: number, normalize = true): BiasedRoute {
  const { cols: numExperts } = checkMatrix(scores, 'scores');
  checkVector(bias, 'bias', { length: numExperts });
  checkInteger(k, 'k', 1, numExperts);
  const indices = scores.map((s) => rankDescending(s.map((v, i) => v + bias[i])).slice(0, k));
  const weights = scores.map((s, t) => {
    const total = normalize ? indices[t].reduce((sum, e) => sum + s[e], 0) : 1;
    if (total === 0) throw new RangeError(`scores[${t}] of the selected experts sum to 0: cannot normalise`);
    const row = new Array<number>(numExperts).fill(0);
    for (const e of indices[t]) row[e] = s[e] / total;
    return row;
  });
  return { indices, weights };
}

/**
 * One bias update of auxiliary-loss-free balancing (returns a new array): an expert whose load is
 * above the mean load gets $b_i - \gamma$, below the mean $b_i + \gamma$, equal unchanged.
 *
 * $$b_i \leftarrow b_i + \gamma \cdot \mathrm{sign}(\bar c - c_i),\qquad \bar c = \frac1N \sum_j c_j$$
 *
 * DeepSeek-V3 used γ = 0.001 for the first 14.3T tokens, then 0. Sources: Wang et al. 2024,
 * arXiv:2408.15664 (Algorithm 1); DeepSeek-V3, arXiv:2412.19437, §2.1.2.
 */
export function updateBias(bias: VectorLike, load: VectorLike, gamma: number): number[] {
  const n = checkVector(bias, 'bias');
  checkVector(load, 'load', { length: n });
  checkNonNegative(gamma, 'gamma');
  const total = load.reduce((s, c) => s + c, 0);
  // compare N·c_i with Σc rather than c_i with Σc/N: exact for integer loads
  return bias.map((b, i) => b + gamma * Math.sign(total - n * load[i]));
}
