export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  const m = Math.max(a.m, b.m);
  // each factor is e^(old max − new max) ≤ 1, so nothing overflows
  const sa = Math.exp(a.m - m);
  const sb = Math.exp(b.m - m);
  return { m, l: a.l * sa + b.l * sb, acc: a.acc.map((x, c) => x * sa + b.acc[c] * sb) };
}
