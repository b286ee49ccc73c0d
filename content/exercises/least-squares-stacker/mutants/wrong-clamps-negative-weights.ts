// Clamps negative weights to 0 after solving (a non-negative stacker is a different problem).
/** Solves the normal equations (XᵀX) w = Xᵀy by Gauss–Jordan elimination with partial pivoting. */
function solveNormal(oof: number[][], y: number[]): number[] {
  const m = oof[0].length;
  const a = Array.from({ length: m }, (_, i) => {
    const row = new Array<number>(m + 1).fill(0);
    oof.forEach((x, s) => {
      for (let j = 0; j < m; j++) row[j] += x[i] * x[j];
      row[m] += x[i] * y[s];
    });
    return row;
  });
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let j = c; j <= m; j++) a[r][j] -= f * a[c][j];
    }
  }
  return a.map((row, i) => row[m] / row[i]);
}

export function fitStacker(oof: number[][], y: number[]): number[] {
  return solveNormal(oof, y).map((v) => Math.max(0, v));
}
