/** Formats a number for a worked example: fixed `digits`, no "-0". */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : x < 0 ? '-\\infty' : '\\text{NaN}';
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A LaTeX `bmatrix` of `m` (rows × columns) with `digits` decimals. */
export function texMatrix(m: number[][], digits = 3): string {
  const rows = m.map((row) => row.map((x) => formatNumber(x, digits)).join(' & '));
  return `\\begin{bmatrix} ${rows.join(' \\\\ ')} \\end{bmatrix}`;
}
