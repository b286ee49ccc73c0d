// Correct: counts the active parameters first, then adds the (N − k) idle experts of every layer to get the total.
export interface MoeConfig {
  layers: number;
  dModel: number;
  vocab: number;
  experts: number;
  topK: number;
  expertHidden: number;
  tiedEmbeddings: boolean;
}

export function moeParameters(c: MoeConfig): { total: number; active: number } {
  const { layers: L, dModel: d, vocab: V, experts: N, topK: k, expertHidden: h } = c;
  const active = V * d + (c.tiedEmbeddings ? 0 : V * d) + L * (4 * d * d + d * N + k * 3 * d * h);
  return { total: active + L * (N - k) * 3 * d * h, active };
}
