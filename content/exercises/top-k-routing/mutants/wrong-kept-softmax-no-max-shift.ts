// Softmax over the kept logits without subtracting the max: e^1000 overflows to Infinity and gives NaN.
export function routeTopK(logits: number[][], k: number): { indices: number[][]; weights: number[][] } {
  const indices = logits.map((row) => row.map((_, i) => i).sort((a, b) => row[b] - row[a] || a - b).slice(0, k));
  const weights = logits.map((row, t) => {
    const exps = row.map((z, e) => (indices[t].includes(e) ? Math.exp(z) : 0));
    const total = exps.reduce((s, v) => s + v, 0);
    return exps.map((v) => v / total);
  });
  return { indices, weights };
}
