// Subtracts x[0] instead of the max: safe only when the first entry happens to be the largest.
export function softmax(x: number[]): number[] {
  const exps = x.map((v) => Math.exp(v - x[0]));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}
