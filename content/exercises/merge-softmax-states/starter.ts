export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  // TODO: both states are relative to their own max; bring them to a common one first
  return { m: Math.max(a.m, b.m), l: a.l + b.l, acc: a.acc.map((x, c) => x + b.acc[c]) };
}
