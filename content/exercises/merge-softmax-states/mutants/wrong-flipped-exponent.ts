// Rescales by e^(new max − old max) instead of e^(old max − new max): the wrong direction.
export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  const m = Math.max(a.m, b.m);
  const sa = Math.exp(m - a.m);
  const sb = Math.exp(m - b.m);
  return { m, l: a.l * sa + b.l * sb, acc: a.acc.map((x, c) => x * sa + b.acc[c] * sb) };
}
