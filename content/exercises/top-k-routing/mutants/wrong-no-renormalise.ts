// Keeps the raw softmax probabilities of the top k (the Switch/DeepSeek-V2 gate), not the renormalised Mixtral gate.
function softmax(x: number[]): number[] {
  const max = Math.max(...x);
  const exps = x.map((v) => Math.exp(v - max));
  const total = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / total);
}

export function routeTopK(logits: number[][], k: number): { indices: number[][]; weights: number[][] } {
  const indices = logits.map((row) => {
    const p = softmax(row);
    return p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b).slice(0, k);
  });
  const weights = logits.map((row, t) => {
    const p = softmax(row);
    return p.map((v, e) => (indices[t].includes(e) ? v : 0));
  });
  return { indices, weights };
}
