import type { MaskLike, Matrix, MatrixLike } from './types';
import { softmaxChecked } from './softmax';
import { checkMatrix } from './validate';

/** Which keys each query may attend to: a boolean matrix (`true` = allowed) or `'causal'`. */
export type AttentionMask = MaskLike | 'causal';

/** Output and attention weights of one attention head. */
export interface AttentionResult {
  /** softmax(QKᵀ/√d_k)·V (queries × d_v) */
  output: Matrix;
  /** attention weights (queries × keys); each row sums to 1 and is exactly 0 on masked keys */
  weights: Matrix;
}

/** The causal mask for `queries` × `keys`, $M_{ij} = \mathbb 1[j \le i]$: query i sees keys 0 … i (Vaswani et al. 2017, §3.2.3). */
export function causalMask(queries: number, keys: number): boolean[][] {
  return Array.from({ length: queries }, (_, i) => Array.from({ length: keys }, (_, j) => j <= i));
}

/** Checks a mask against queries × keys and resolves `'causal'`; throws on a fully masked row. */
export function resolveMask(mask: AttentionMask | undefined, queries: number, keys: number): MaskLike | undefined {
  if (mask === undefined) return undefined;
  if (mask === 'causal') return causalMask(queries, keys);
  if (!Array.isArray(mask) || mask.length !== queries) {
    throw new RangeError(`mask must be 'causal' or a ${queries} × ${keys} boolean matrix`);
  }
  mask.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== keys || row.some((m) => typeof m !== 'boolean')) {
      throw new RangeError(`mask[${i}] must be an array of ${keys} booleans`);
    }
    if (!row.includes(true)) throw new RangeError(`mask[${i}] masks every key: query ${i} has nothing to attend to`);
  });
  return mask;
}

/**
 * Scaled dot-product attention. `q` is queries × d_k, `k` is keys × d_k, `v` is keys × d_v;
 * `mask[i][j] = true` means query i may attend to key j (`'causal'`: j ≤ i). Masked scores are
 * set to −∞ before the softmax, so their weights are exactly 0; a fully masked row is a RangeError.
 *
 * $$\mathrm{Attention}(Q,K,V) = \mathrm{softmax}\Big(\frac{QK^\top}{\sqrt{d_k}}\Big)V$$
 *
 * Source: Vaswani et al. 2017, "Attention Is All You Need", arXiv:1706.03762, §3.2.1.
 */
export function scaledDotProductAttention(
  q: MatrixLike,
  k: MatrixLike,
  v: MatrixLike,
  mask?: AttentionMask,
): AttentionResult {
  const { rows: queries, cols: dk } = checkMatrix(q, 'q');
  const { rows: keys } = checkMatrix(k, 'k', { cols: dk });
  const { cols: dv } = checkMatrix(v, 'v', { rows: keys });
  const allowed = resolveMask(mask, queries, keys);
  const scale = 1 / Math.sqrt(dk);
  const weights = q.map((qi, i) => {
    const scores = k.map((kj, j) => {
      if (allowed && !allowed[i][j]) return -Infinity;
      let dot = 0;
      for (let c = 0; c < dk; c++) dot += qi[c] * kj[c];
      return dot * scale;
    });
    return softmaxChecked(scores, `scores[${i}]`);
  });
  const output = weights.map((w) => {
    const out = new Array<number>(dv).fill(0);
    w.forEach((wij, j) => {
      if (wij === 0) return; // masked keys contribute nothing
      for (let c = 0; c < dv; c++) out[c] += wij * v[j][c];
    });
    return out;
  });
  return { output, weights };
}
