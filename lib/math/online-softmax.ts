import type { VectorLike } from './types';
import { checkInteger, checkMatrix, checkVector } from './validate';

/** The running state after one block of keys: max score m, normaliser ℓ (relative to m), unnormalised output. */
export interface OnlineSoftmaxStep {
  /** index of the first key of the block */
  start: number;
  m: number;
  l: number;
  /** Σ_j e^{s_j − m} v_j over the keys seen so far */
  acc: number[];
  /** the output if the keys stopped here: acc / ℓ */
  output: number[];
}

/**
 * One query's attention output computed block by block with the online softmax, as FlashAttention
 * does in each tile: keep the running max $m$ and normaliser $\ell$, and when a block raises the
 * max, rescale what was accumulated by $e^{m_{old}-m_{new}}$.
 *
 * $$m' = \max(m, \max_{j\in B} s_j),\quad \ell' = \ell\,e^{m-m'} + \sum_{j\in B} e^{s_j-m'},\quad a' = a\,e^{m-m'} + \sum_{j\in B} e^{s_j-m'}v_j$$
 *
 * The result $a/\ell$ is the softmax-weighted sum of the values exactly (up to rounding), not an
 * approximation: every term ends up multiplied by $e^{-m_{final}}$. Sources: Milakov & Gimelshein
 * 2018 (arXiv:1805.02867); Dao et al. 2022, FlashAttention (arXiv:2205.14135), §3.1.
 */
export function onlineSoftmaxAttention(scores: VectorLike, values: readonly (readonly number[])[], blockSize: number): { output: number[]; steps: OnlineSoftmaxStep[] } {
  const n = checkVector(scores, 'scores');
  const { cols } = checkMatrix(values as number[][], 'values', { rows: n });
  checkInteger(blockSize, 'blockSize', 1);
  let m = -Infinity;
  let l = 0;
  let acc: number[] = new Array<number>(cols).fill(0);
  const steps: OnlineSoftmaxStep[] = [];
  for (let start = 0; start < n; start += blockSize) {
    const end = Math.min(n, start + blockSize);
    let blockMax = -Infinity;
    for (let j = start; j < end; j++) blockMax = Math.max(blockMax, scores[j]);
    const next = Math.max(m, blockMax);
    const scale = m === -Infinity ? 0 : Math.exp(m - next);
    l *= scale;
    acc = acc.map((a) => a * scale);
    for (let j = start; j < end; j++) {
      const w = Math.exp(scores[j] - next);
      l += w;
      for (let c = 0; c < cols; c++) acc[c] += w * values[j][c];
    }
    m = next;
    steps.push({ start, m, l, acc: [...acc], output: acc.map((a) => a / l) });
  }
  return { output: acc.map((a) => a / l), steps };
}
