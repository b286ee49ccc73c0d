// Σ_m w_m · p_m without dividing by Σ w_m: the "mean" is not a probability unless the weights sum to 1.
export function softVote(probs: number[][][], weights?: number[]): { mean: number[][]; classes: number[] } {
  const w = weights ?? probs.map(() => 1 / probs.length);
  const mean = probs[0].map((row, s) => row.map((_, c) => probs.reduce((acc, p, m) => acc + w[m] * p[s][c], 0)));
  const classes = mean.map((row) => row.reduce((best, v, c) => (v > row[best] ? c : best), 0));
  return { mean, classes };
}
