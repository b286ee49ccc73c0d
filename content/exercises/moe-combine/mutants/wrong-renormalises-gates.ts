// Divides each token's weights by their sum: Switch top-1 gates are used as they are, and a dropped token's row is all 0.
export function moeCombine(expertOutputs: number[][][], weights: number[][]): number[][] {
  return weights.map((w, t) => {
    const total = w.reduce((s, v) => s + v, 0);
    const y = new Array<number>(expertOutputs[0][t].length).fill(0);
    w.forEach((weight, e) => {
      if (weight === 0) return;
      expertOutputs[e][t].forEach((v, j) => (y[j] += (weight / total) * v));
    });
    return y;
  });
}
