// Correct: XᵀX is symmetric positive definite (no collinear columns), so a Cholesky factorisation LLᵀ and two triangular solves.
export function fitStacker(oof: number[][], y: number[]): number[] {
  const m = oof[0].length;
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < m; i++) {
    a.push([]);
    for (let j = 0; j < m; j++) a[i].push(oof.reduce((s, x) => s + x[i] * x[j], 0));
    b.push(oof.reduce((s, x, t) => s + x[i] * y[t], 0));
  }
  const l = a.map(() => new Array<number>(m).fill(0));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let p = 0; p < j; p++) s -= l[i][p] * l[j][p];
      l[i][j] = i === j ? Math.sqrt(s) : s / l[j][j];
    }
  }
  const z = new Array<number>(m).fill(0);
  for (let i = 0; i < m; i++) {
    let s = b[i];
    for (let p = 0; p < i; p++) s -= l[i][p] * z[p];
    z[i] = s / l[i][i];
  }
  const w = new Array<number>(m).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    let s = z[i];
    for (let p = i + 1; p < m; p++) s -= l[p][i] * w[p];
    w[i] = s / l[i][i];
  }
  return w;
}
