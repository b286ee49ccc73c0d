export function weightedAverage(preds: number[][], weights: number[]): number[] {
  // TODO: weighted mean per sample
  return preds[0].map((_, s) => preds.reduce((acc, row, m) => acc + weights[m] * row[s], 0));
}
