// Classes by a weighted hard vote of each model's argmax, not the argmax of the averaged probabilities.
export function softVote(probs: number[][][], weights?: number[]): { mean: number[][]; classes: number[] } {
  const w = weights ?? probs.map(() => 1);
  const total = w.reduce((s, x) => s + x, 0);
  const mean = probs[0].map((row, s) => row.map((_, c) => probs.reduce((acc, p, m) => acc + (w[m] / total) * p[s][c], 0)));
  const classes = mean.map((row, s) => {
    const votes = row.map(() => 0);
    probs.forEach((p, m) => {
      const top = p[s].reduce((best, v, c) => (v > p[s][best] ? c : best), 0);
      votes[top] += w[m];
    });
    return votes.reduce((best, v, c) => (v > votes[best] ? c : best), 0);
  });
  return { mean, classes };
}
