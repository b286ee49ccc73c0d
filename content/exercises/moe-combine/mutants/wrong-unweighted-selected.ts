// Adds up the outputs of the experts a token was routed to, forgetting to multiply by the gate weights.
export function moeCombine(expertOutputs: number[][][], weights: number[][]): number[][] {
  return weights.map((w, t) => {
    const y = new Array<number>(expertOutputs[0][t].length).fill(0);
    w.forEach((weight, e) => {
      if (weight === 0) return;
      expertOutputs[e][t].forEach((v, j) => (y[j] += v));
    });
    return y;
  });
}
