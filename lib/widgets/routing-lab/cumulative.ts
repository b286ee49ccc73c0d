/** Experts in descending probability with the running sum: the quantity top-p routing thresholds. */
export function cumulativeByRank(probs: readonly number[]): { order: number[]; cumulative: number[] } {
  const order = probs.map((_, i) => i).sort((a, b) => probs[b] - probs[a] || a - b);
  let sum = 0;
  return { order, cumulative: order.map((e) => (sum += probs[e])) };
}
