// Plain mean of the models' probabilities even when weights are given.
export function softVote(probs: number[][][], _weights?: number[]): { mean: number[][]; classes: number[] } {
  const mean = probs[0].map((row, s) => row.map((_, c) => probs.reduce((acc, p) => acc + p[s][c], 0) / probs.length));
  const classes = mean.map((row) => row.reduce((best, v, c) => (v > row[best] ? c : best), 0));
  return { mean, classes };
}
