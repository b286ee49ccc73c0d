export function softmaxBackward(x: number[], g: number[]): number[] {
  const max = Math.max(...x);
  const e = x.map((v) => Math.exp(v - max));
  const total = e.reduce((a, v) => a + v, 0);
  const s = e.map((v) => v / total);
  // J g = s ⊙ g − s (sᵀg): one dot product instead of an n × n matrix
  const dot = s.reduce((a, si, i) => a + si * g[i], 0);
  return s.map((si, i) => si * (g[i] - dot));
}
