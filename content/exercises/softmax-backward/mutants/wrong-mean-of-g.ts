// Subtracts the plain mean of g instead of its s-weighted mean sᵀg.
export function softmaxBackward(x: number[], g: number[]): number[] {
  const max = Math.max(...x);
  const e = x.map((v) => Math.exp(v - max));
  const total = e.reduce((a, v) => a + v, 0);
  const s = e.map((v) => v / total);
  const mean = g.reduce((a, v) => a + v, 0) / g.length;
  return s.map((si, i) => si * (g[i] - mean));
}
