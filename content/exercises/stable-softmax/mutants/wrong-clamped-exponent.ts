// "Fixes" overflow by clamping each exponent at 709: large logits all become equal, so the answer is wrong.
export function softmax(x: number[]): number[] {
  const exps = x.map((v) => Math.exp(Math.min(v, 709)));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}
