export function topK(x: number[], k: number): { values: number[]; indices: number[] } {
  const order = x.map((_, i) => i).sort((a, b) => x[b] - x[a] || a - b);
  const indices = order.slice(0, k);
  return { values: indices.map((i) => x[i]), indices };
}
