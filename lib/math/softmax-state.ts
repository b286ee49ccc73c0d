import type { MatrixLike, VectorLike } from './types';
import { checkMatrix, checkPositive, checkVector } from './validate';

/**
 * What one worker keeps of its slice of keys for one query: the max score $m$, the normaliser
 * $\ell = \sum_j e^{s_j - m}$ and the unnormalised output $a = \sum_j e^{s_j - m} v_j$.
 */
export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

/** The state of one slice of keys: its scores and value rows. */
export function softmaxState(scores: VectorLike, values: MatrixLike): SoftmaxState {
  const n = checkVector(scores, 'scores');
  const { cols } = checkMatrix(values, 'values', { rows: n });
  const m = Math.max(...scores);
  const acc = new Array<number>(cols).fill(0);
  let l = 0;
  scores.forEach((s, j) => {
    const w = Math.exp(s - m);
    l += w;
    for (let c = 0; c < cols; c++) acc[c] += w * values[j][c];
  });
  return { m, l, acc };
}

function checkState(state: SoftmaxState, name: string, width?: number): number {
  if (!Number.isFinite(state?.m)) throw new RangeError(`${name}.m must be a finite number, got ${String(state?.m)}`);
  checkPositive(state.l, `${name}.l`);
  return checkVector(state.acc, `${name}.acc`, width === undefined ? {} : { length: width });
}

/**
 * Merges the states of two disjoint slices of keys into the state of their union: rescale each
 * side to the common max $m = \max(m_a, m_b)$.
 *
 * $$\ell = \ell_a e^{m_a - m} + \ell_b e^{m_b - m},\qquad a = a_a e^{m_a - m} + a_b e^{m_b - m}$$
 *
 * The merge is exact and associative, so slices can be combined in any grouping; the output of
 * attention is $a/\ell$. This is the recurrence of FlashAttention's tiles (Dao et al. 2022,
 * arXiv:2205.14135, §3.1; Milakov & Gimelshein 2018, arXiv:1805.02867) and of split-key decoding,
 * where slices of a long KV cache are reduced in parallel and merged.
 */
export function mergeSoftmaxStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  const width = checkState(a, 'a');
  checkState(b, 'b', width);
  const m = Math.max(a.m, b.m);
  const sa = Math.exp(a.m - m);
  const sb = Math.exp(b.m - m);
  return { m, l: a.l * sa + b.l * sb, acc: a.acc.map((x, c) => x * sa + b.acc[c] * sb) };
}
