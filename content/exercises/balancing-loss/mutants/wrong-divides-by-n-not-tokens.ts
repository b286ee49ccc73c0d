// Divides the slot counts by N (the number of experts) instead of by T (the number of tokens) to get f.
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
  const f = Array.from({ length: k }, () => new Array<number>(experts).fill(0));
  for (const p of probs) {
    const selected = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b).slice(0, k);
    selected.forEach((e, j) => (f[j][e] += 1 / experts));
  }
  return experts * f.reduce((s, row) => s + row.reduce((a, v, e) => a + v * meanProb[e], 0), 0);
}
