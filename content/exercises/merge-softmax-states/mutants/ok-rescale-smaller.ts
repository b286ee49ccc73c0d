// Correct: only the state with the smaller max needs rescaling; the other keeps a factor of 1.
export interface SoftmaxState {
  m: number;
  l: number;
  acc: number[];
}

export function mergeStates(a: SoftmaxState, b: SoftmaxState): SoftmaxState {
  const [big, small] = a.m >= b.m ? [a, b] : [b, a];
  const s = Math.exp(small.m - big.m);
  const acc: number[] = [];
  for (let c = 0; c < big.acc.length; c++) acc.push(big.acc[c] + s * small.acc[c]);
  return { m: big.m, l: big.l + s * small.l, acc };
}
