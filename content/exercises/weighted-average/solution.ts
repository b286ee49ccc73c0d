export function weightedAverage(preds: number[][], weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  return preds[0].map((_, s) => preds.reduce((acc, row, m) => acc + (weights[m] / total) * row[s], 0));
}
