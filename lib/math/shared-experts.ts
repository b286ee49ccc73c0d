import type { Matrix, MatrixLike } from './types';
import { rankDescending } from './top-k';
import { checkInteger, checkMatrix } from './validate';

/**
 * Combine weights of a DeepSeekMoE layer with `numShared` always-active shared experts and
 * routed experts scored by `scores` (tokens × N_r, the softmax over the routed experts only).
 * Returns tokens × (numShared + N_r): columns 0 … numShared − 1 are the shared experts (weight 1),
 * column numShared + i is routed expert i, weighted by its raw score $s_{i,t}$ when it is in the
 * token's top `k` routed experts (ties to the lower id) and 0 otherwise; gates are **not**
 * renormalised after top-k.
 *
 * $$h_t = \sum_{i=1}^{K_s} \mathrm{FFN}_i(u_t) + \sum_{i=K_s+1}^{mN} g_{i,t}\, \mathrm{FFN}_i(u_t) + u_t,\qquad
 * g_{i,t} = \begin{cases} s_{i,t} & s_{i,t} \in \mathrm{Topk}(\{s_{j,t} \mid K_s+1 \le j \le mN\},\, mK - K_s)\\ 0 & \text{otherwise}\end{cases}$$
 *
 * Here `k` is the number of routed experts activated, $mK - K_s$. Source: Dai et al. 2024,
 * "DeepSeekMoE: Towards Ultimate Expert Specialization", arXiv:2401.06066, §3.2.
 */
export function sharedExpertWeights(scores: MatrixLike, numShared: number, k: number): Matrix {
  const { cols: numRouted } = checkMatrix(scores, 'scores');
  checkInteger(numShared, 'numShared', 0);
  checkInteger(k, 'k', 1, numRouted);
  return scores.map((s) => {
    const row = new Array<number>(numShared + numRouted).fill(0).fill(1, 0, numShared);
    for (const i of rankDescending(s).slice(0, k)) row[numShared + i] = s[i];
    return row;
  });
}
