export function softmax(x: number[]): number[] {
  const exps = x.map((v) => Math.exp(v));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}
