// Averages the two slices' outputs with equal weight: ignores how much softmax mass each slice holds.
export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  const m = Math.max(a.m, b.m);
  const l = a.l * Math.exp(a.m - m) + b.l * Math.exp(b.m - m);
  const acc = a.acc.map((x, c) => ((x / a.l + b.acc[c] / b.l) / 2) * l);
  return { m, l, acc };
}
