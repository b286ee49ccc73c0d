// Keeps only the Jacobian's diagonal s_i(1 − s_i): drops the cross terms −s_i s_j.
export function softmaxBackward(x: number[], g: number[]): number[] {
  const max = Math.max(...x);
  const e = x.map((v) => Math.exp(v - max));
  const total = e.reduce((a, v) => a + v, 0);
  const s = e.map((v) => v / total);
  return s.map((si, i) => si * (1 - si) * g[i]);
}
