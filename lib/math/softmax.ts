import type { Matrix, MatrixLike, VectorLike } from './types';
import { checkMatrix, checkVector } from './validate';

function maxOf(x: VectorLike): number {
  let max = -Infinity;
  for (const v of x) if (v > max) max = v;
  return max;
}

/** Softmax of a vector already checked to hold finite numbers or −∞; `label` names it in errors. */
export function softmaxChecked(x: VectorLike, label: string): number[] {
  // subtract the max logit for numerical stability: exp never overflows
  const max = maxOf(x);
  if (max === -Infinity) throw new RangeError(`${label} must contain at least one finite value`);
  const exps = x.map((v) => Math.exp(v - max));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}

/**
 * Numerically stable softmax of a vector of logits $z$; entries of −∞ get probability exactly 0.
 *
 * $$\mathrm{softmax}(z)_i = \frac{e^{z_i - \max_j z_j}}{\sum_k e^{z_k - \max_j z_j}}$$
 *
 * Source: the gate $G_\sigma(x)=\mathrm{Softmax}(x\cdot W_g)$ of Shazeer et al. 2017
 * (arXiv:1701.06538) and the attention weights of Vaswani et al. 2017 (arXiv:1706.03762).
 */
export function softmax(x: VectorLike): number[] {
  checkVector(x, 'x', { rule: 'finite-or-minus-infinity' });
  return softmaxChecked(x, 'x');
}

/** Softmax of each row of `m` (rows × columns), e.g. router logits (tokens × experts) to probabilities. */
export function softmaxRows(m: MatrixLike): Matrix {
  checkMatrix(m, 'm', { rule: 'finite-or-minus-infinity' });
  return m.map((row, r) => softmaxChecked(row, `m[${r}]`));
}

/** log Σ exp of a vector already checked to hold finite numbers or −∞. */
export function logSumExpChecked(x: VectorLike): number {
  const max = maxOf(x);
  if (max === -Infinity) return -Infinity;
  return max + Math.log(x.reduce((s, v) => s + Math.exp(v - max), 0));
}

/**
 * Numerically stable log-sum-exp of a vector; −Infinity when every entry is −∞.
 *
 * $$\mathrm{LSE}(z) = \max_j z_j + \log \sum_i e^{z_i - \max_j z_j}$$
 *
 * Source: the router z-loss of Zoph et al. 2022, ST-MoE (arXiv:2202.08906), is built on it.
 */
export function logSumExp(x: VectorLike): number {
  checkVector(x, 'x', { rule: 'finite-or-minus-infinity' });
  return logSumExpChecked(x);
}
