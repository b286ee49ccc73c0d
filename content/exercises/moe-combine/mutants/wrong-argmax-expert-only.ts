// Hard routing: returns the output of the largest-weight expert alone, unscaled, ignoring the other experts.
export function moeCombine(expertOutputs: number[][][], weights: number[][]): number[][] {
  return weights.map((w, t) => {
    const best = w.reduce((b, v, e) => (v > w[b] ? e : b), 0);
    return [...expertOutputs[best][t]];
  });
}
