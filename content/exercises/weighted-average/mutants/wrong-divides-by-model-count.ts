// Divides the weighted sum by the number of models M instead of by the sum of the weights.
export function weightedAverage(preds: number[][], weights: number[]): number[] {
  return preds[0].map((_, s) => preds.reduce((acc, row, m) => acc + weights[m] * row[s], 0) / preds.length);
}
