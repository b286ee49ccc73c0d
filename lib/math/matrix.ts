import type { Matrix, MatrixLike } from './types';
import { checkMatrix } from './validate';

/**
 * Matrix product of `a` (n × m) and `b` (m × p), an n × p matrix.
 *
 * $$(AB)_{ij} = \sum_{l=1}^{m} A_{il} B_{lj}$$
 */
export function matmul(a: MatrixLike, b: MatrixLike): Matrix {
  const { cols: inner } = checkMatrix(a, 'a');
  const { cols: p } = checkMatrix(b, 'b', { rows: inner });
  return a.map((row) => {
    const out = new Array<number>(p).fill(0);
    for (let l = 0; l < inner; l++) {
      const factor = row[l];
      const bRow = b[l];
      for (let j = 0; j < p; j++) out[j] += factor * bRow[j];
    }
    return out;
  });
}

/** Transpose of `m` (rows × columns), a columns × rows matrix: $(M^\top)_{ij} = M_{ji}$. */
export function transpose(m: MatrixLike): Matrix {
  const { rows, cols } = checkMatrix(m, 'm', { rule: 'not-nan' });
  return Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => m[i][j]));
}
