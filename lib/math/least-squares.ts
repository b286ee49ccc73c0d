import type { MatrixLike, VectorLike } from './types';
import { checkMatrix, checkVector } from './validate';

/**
 * Ordinary least squares without intercept: the weights w minimising $\lVert Xw - y\rVert^2$,
 * solved from the normal equations $X^\top X\,w = X^\top y$ by Gaussian elimination with partial
 * pivoting. `x` is samples × features (for a stacker: out-of-fold predictions of each level-0
 * model); throws when $X^\top X$ is singular (collinear columns).
 *
 * $$w = (X^\top X)^{-1} X^\top y$$
 *
 * Source: the linear level-1 combiner of stacked generalisation, Wolpert 1992, Neural Networks
 * 5(2):241–259 (Breiman 1996, "Stacked regressions", adds non-negativity, not done here).
 */
export function leastSquares(x: MatrixLike, y: VectorLike): number[] {
  const { rows, cols } = checkMatrix(x, 'x');
  checkVector(y, 'y', { length: rows });
  // augmented normal equations [XᵀX | Xᵀy]
  const a = Array.from({ length: cols }, (_, i) => {
    const row = new Array<number>(cols + 1).fill(0);
    for (let s = 0; s < rows; s++) {
      for (let j = 0; j < cols; j++) row[j] += x[s][i] * x[s][j];
      row[cols] += x[s][i] * y[s];
    }
    return row;
  });
  const scale = Math.max(1, ...a.map((row) => Math.max(...row.slice(0, cols).map(Math.abs))));
  for (let c = 0; c < cols; c++) {
    let pivot = c;
    for (let r = c + 1; r < cols; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    if (Math.abs(a[pivot][c]) <= 1e-12 * scale) throw new RangeError('x has collinear columns: XᵀX is singular');
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = 0; r < cols; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let j = c; j <= cols; j++) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row, i) => row[cols] / row[i]);
}
