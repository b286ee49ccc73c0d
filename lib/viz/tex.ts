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

/**
 * Several formulas stacked and centred, one a line (KaTeX `gathered`), so a worked example fits a
 * phone's column instead of running `a,\quad b,\quad c` off its edge. One line is returned as is.
 */
export function texLines(lines: readonly string[]): string {
  return lines.length === 1 ? lines[0] : `\\begin{gathered} ${lines.join(' \\\\ ')} \\end{gathered}`;
}

/** `lhs = r_1 = r_2 = …` with each `= r` on its own line, aligned on the equals signs (KaTeX `aligned`). */
export function texChain(lhs: string, ...rhs: readonly string[]): string {
  return `\\begin{aligned} ${lhs} ${rhs.map((r) => `&= ${r}`).join(' \\\\ ')} \\end{aligned}`;
}
