export function softmaxBackward(x: number[], g: number[]): number[] {
  const max = Math.max(...x);
  const e = x.map((v) => Math.exp(v - max));
  const total = e.reduce((a, v) => a + v, 0);
  const s = e.map((v) => v / total);
  // TODO: this is only the diagonal of the Jacobian
  return s.map((si, i) => si * g[i]);
}
