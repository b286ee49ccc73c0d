import type { Matrix, MatrixLike } from './types';
import { checkInteger, checkMatrix } from './validate';

/**
 * Splits tokens × d_model into `heads` blocks of tokens × (d_model / heads): head i takes columns
 * [i·d_k, (i + 1)·d_k), the layout of $\mathrm{Concat}(\mathrm{head}_1, …, \mathrm{head}_h)$.
 *
 * Source: Vaswani et al. 2017, arXiv:1706.03762, §3.2.2 (d_k = d_model / h).
 */
export function splitHeads(x: MatrixLike, heads: number): Matrix[] {
  const { cols } = checkMatrix(x, 'x');
  checkInteger(heads, 'heads', 1, cols);
  if (cols % heads !== 0) throw new RangeError(`d_model (${cols}) must be divisible by heads (${heads})`);
  const dk = cols / heads;
  return Array.from({ length: heads }, (_, h) => x.map((row) => row.slice(h * dk, (h + 1) * dk)));
}

/** The inverse of `splitHeads`: concatenates each token's per-head rows, head 0 first. */
export function mergeHeads(parts: readonly MatrixLike[]): Matrix {
  if (!Array.isArray(parts) || parts.length === 0) throw new RangeError('parts must hold at least one head');
  const { rows, cols } = checkMatrix(parts[0], 'parts[0]');
  parts.forEach((p, h) => checkMatrix(p, `parts[${h}]`, { rows, cols }));
  return Array.from({ length: rows }, (_, t) => parts.flatMap((p) => p[t]));
}
