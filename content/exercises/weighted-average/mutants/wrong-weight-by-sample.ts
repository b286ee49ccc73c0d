// Indexes the weights by sample (weights[s]) instead of by model (weights[m]).
export function weightedAverage(preds: number[][], weights: number[]): number[] {
  return preds[0].map((_, s) => {
    const num = preds.reduce((acc, row) => acc + (weights[s] ?? 0) * row[s], 0);
    const den = preds.reduce((acc) => acc + (weights[s] ?? 0), 0);
    return num / den;
  });
}
