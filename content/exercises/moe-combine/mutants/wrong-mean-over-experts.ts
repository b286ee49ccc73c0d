// Divides the weighted sum by the number of experts N, as if averaging.
export function moeCombine(expertOutputs: number[][][], weights: number[][]): number[][] {
  return weights.map((w, t) => {
    const y = new Array<number>(expertOutputs[0][t].length).fill(0);
    w.forEach((weight, e) => expertOutputs[e][t].forEach((v, j) => (y[j] += (weight * v) / w.length)));
    return y;
  });
}
