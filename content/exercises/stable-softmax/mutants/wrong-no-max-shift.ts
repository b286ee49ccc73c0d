// The textbook formula: no max subtraction, so e^1000 is Infinity and the result NaN.
export function softmax(x: number[]): number[] {
  const exps = x.map((v) => Math.exp(v));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}
