import type { Matrix, MatrixLike } from './types';
import { softmaxChecked } from './softmax';
import { rankDescending } from './top-k';
import { checkIndexLists, checkInteger, checkMatrix } from './validate';

/** Result of top-k routing for a batch of tokens. */
export interface TopKRoute {
  /** softmax of each token's router logits over all experts (tokens × N) */
  probs: Matrix;
  /** the k selected expert ids per token, by descending probability, ties to the lower id (tokens × k) */
  indices: number[][];
  /** combine weights (tokens × N): the selected experts' probs, 0 elsewhere */
  weights: Matrix;
}

/**
 * Top-k routing: softmax over all N experts, keep the k most probable, weight each kept expert
 * by its probability, divided by the kept sum when `renormalize` (the default).
 *
 * $$p_t = \mathrm{softmax}(z_t),\quad \mathcal T_t = \mathrm{TopK}(p_t, k),\quad
 * w_{t,e} = \begin{cases} p_{t,e} / \sum_{j\in\mathcal T_t} p_{t,j} & e \in \mathcal T_t\\ 0 & \text{otherwise}\end{cases}$$
 *
 * Renormalised: Mixtral (Jiang et al. 2024, arXiv:2401.04088), equal to
 * $\mathrm{Softmax}(\mathrm{KeepTopK}(z,k))$ of Shazeer et al. 2017 (arXiv:1701.06538).
 * Not renormalised (`renormalize = false`): Switch (Fedus et al. 2021, arXiv:2101.03961) for k = 1,
 * DeepSeekMoE (Dai et al. 2024, arXiv:2401.06066).
 */
export function routeTopK(logits: MatrixLike, k: number, renormalize = true): TopKRoute {
  const { cols: numExperts } = checkMatrix(logits, 'logits');
  checkInteger(k, 'k', 1, numExperts);
  const probs = logits.map((row, t) => softmaxChecked(row, `logits[${t}]`));
  const indices = probs.map((p) => rankDescending(p).slice(0, k));
  const weights = probs.map((p, t) => {
    const kept = indices[t];
    const total = renormalize ? kept.reduce((s, e) => s + p[e], 0) : 1;
    const row = new Array<number>(numExperts).fill(0);
    for (const e of kept) row[e] = p[e] / total;
    return row;
  });
  return { probs, indices, weights };
}

/**
 * Combines expert outputs with per-token gate weights; `expertOutputs[e]` is tokens × d and
 * `weights` is tokens × N. Returns tokens × d.
 *
 * $$y_t = \sum_{e=1}^{N} w_{t,e}\, E_e(x_t)$$
 *
 * Source: Shazeer et al. 2017 (arXiv:1701.06538), §2; Jacobs et al. 1991, Neural Computation 3(1).
 */
export function moeCombine(expertOutputs: readonly MatrixLike[], weights: MatrixLike): Matrix {
  const { rows: tokens, cols: numExperts } = checkMatrix(weights, 'weights');
  if (!Array.isArray(expertOutputs) || expertOutputs.length !== numExperts) {
    const got = Array.isArray(expertOutputs) ? expertOutputs.length : typeof expertOutputs;
    throw new RangeError(`expertOutputs must have one matrix per expert (${numExperts}), got ${got}`);
  }
  const { cols: d } = checkMatrix(expertOutputs[0], 'expertOutputs[0]', { rows: tokens });
  expertOutputs.forEach((out, e) => checkMatrix(out, `expertOutputs[${e}]`, { rows: tokens, cols: d }));
  return weights.map((w, t) => {
    const y = new Array<number>(d).fill(0);
    w.forEach((weight, e) => {
      const row = expertOutputs[e][t];
      for (let j = 0; j < d; j++) y[j] += weight * row[j];
    });
    return y;
  });
}

/**
 * Number of routed assignments per expert: $c_e = \sum_t \sum_{j} \mathbb 1[\mathrm{indices}_{t,j} = e]$.
 * Rows may differ in length (top-p routing); ids repeated in a row count each time.
 */
export function expertCounts(indices: readonly (readonly number[])[], numExperts: number): number[] {
  checkInteger(numExperts, 'numExperts', 1);
  checkIndexLists(indices, 'indices', numExperts);
  const counts = new Array<number>(numExperts).fill(0);
  for (const row of indices) for (const e of row) counts[e] += 1;
  return counts;
}

/**
 * Share of all routed assignments that went to each expert (sums to 1):
 * $\mathrm{share}_e = c_e / \sum_j c_j$; rows may differ in length (top-p routing).
 * For k = 1 this is Switch's $f_e$ (Fedus et al. 2021, arXiv:2101.03961).
 */
export function expertLoadShares(indices: readonly (readonly number[])[], numExperts: number): number[] {
  const counts = expertCounts(indices, numExperts);
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) throw new RangeError('indices must contain at least one assignment');
  return counts.map((c) => c / total);
}
