// Σ_m w_m · ŷ_m without dividing by Σ w_m, as if the weights always summed to 1.
export function weightedAverage(preds: number[][], weights: number[]): number[] {
  return preds[0].map((_, s) => preds.reduce((acc, row, m) => acc + weights[m] * row[s], 0));
}
