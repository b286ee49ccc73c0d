// Correct: per sample, a numerator Σ w·ŷ and a denominator Σ w accumulated in one loop, divided at the end.
export function weightedAverage(preds: number[][], weights: number[]): number[] {
  const out: number[] = [];
  for (let s = 0; s < preds[0].length; s++) {
    let num = 0;
    let den = 0;
    for (let m = 0; m < preds.length; m++) {
      num += weights[m] * preds[m][s];
      den += weights[m];
    }
    out.push(num / den);
  }
  return out;
}
