// argmax with >= : among equal mean probabilities the larger class id wins.
export function softVote(probs: number[][][], weights?: number[]): { mean: number[][]; classes: number[] } {
  const w = weights ?? probs.map(() => 1);
  const total = w.reduce((s, x) => s + x, 0);
  const mean = probs[0].map((row, s) => row.map((_, c) => probs.reduce((acc, p, m) => acc + (w[m] / total) * p[s][c], 0)));
  const classes = mean.map((row) => row.reduce((best, v, c) => (v >= row[best] ? c : best), 0));
  return { mean, classes };
}
