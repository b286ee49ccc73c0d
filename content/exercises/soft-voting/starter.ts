export function softVote(probs: number[][][], weights?: number[]): { mean: number[][]; classes: number[] } {
  // TODO: weighted mean of the probabilities, then argmax per sample
  const mean = probs[0];
  return { mean, classes: mean.map(() => (weights ? 0 : 0)) };
}
