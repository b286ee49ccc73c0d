import type { Matrix, MatrixLike } from './types';
import { type AttentionMask, scaledDotProductAttention } from './attention';
import { matmul } from './matrix';
import { checkInteger, checkMatrix } from './validate';

/** Projection weights of multi-head attention; each is d × d and applied as x · w. */
export interface MultiHeadParams {
  wq: MatrixLike;
  wk: MatrixLike;
  wv: MatrixLike;
  wo: MatrixLike;
  numHeads: number;
}

function columns(m: Matrix, start: number, end: number): Matrix {
  return m.map((row) => row.slice(start, end));
}

/**
 * Multi-head self-attention of `x` (T × d). Q = x·wq, K = x·wk, V = x·wv; head h attends with the
 * contiguous columns h·d/H … (h+1)·d/H − 1 (so d_k = d/H); the heads' outputs are concatenated
 * in head order and multiplied by wo. Returns the T × d output and each head's T × T weights.
 *
 * $$\mathrm{MultiHead}(X) = \mathrm{Concat}(\mathrm{head}_1,\dots,\mathrm{head}_H)W^O,\qquad
 * \mathrm{head}_h = \mathrm{Attention}(XW^Q_h, XW^K_h, XW^V_h)$$
 *
 * Source: Vaswani et al. 2017, arXiv:1706.03762, §3.2.2 ($W^Q_h$ = columns of `wq`).
 */
export function multiHeadAttention(
  x: MatrixLike,
  p: MultiHeadParams,
  mask?: AttentionMask,
): { output: Matrix; weights: Matrix[] } {
  const { cols: d } = checkMatrix(x, 'x');
  for (const name of ['wq', 'wk', 'wv', 'wo'] as const) checkMatrix(p[name], name, { rows: d, cols: d });
  checkInteger(p.numHeads, 'numHeads', 1, d);
  if (d % p.numHeads !== 0) throw new RangeError(`numHeads must divide d (${d}), got ${p.numHeads}`);
  const headDim = d / p.numHeads;
  const q = matmul(x, p.wq);
  const k = matmul(x, p.wk);
  const v = matmul(x, p.wv);
  const heads = Array.from({ length: p.numHeads }, (_, h) => {
    const start = h * headDim;
    const end = start + headDim;
    return scaledDotProductAttention(columns(q, start, end), columns(k, start, end), columns(v, start, end), mask);
  });
  const concat = x.map((_, t) => heads.flatMap((head) => head.output[t]));
  return { output: matmul(concat, p.wo), weights: heads.map((head) => head.weights) };
}
