// Leaves the router out of the active count: every token runs the router of every layer.
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
  const d = c.dModel;
  const embeddings = (c.tiedEmbeddings ? 1 : 2) * c.vocab * d;
  const expert = 3 * d * c.expertHidden;
  const total = embeddings + c.layers * (4 * d * d + d * c.experts + c.experts * expert);
  return { total, active: embeddings + c.layers * (4 * d * d + c.topK * expert) };
}
