// Reads tiedEmbeddings the wrong way round: two tables when tied, one when not.
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
  const embeddings = (c.tiedEmbeddings ? 2 : 1) * c.vocab * d;
  const shared = embeddings + c.layers * (4 * d * d + d * c.experts);
  const expert = 3 * d * c.expertHidden;
  return { total: shared + c.layers * c.experts * expert, active: shared + c.layers * c.topK * expert };
}
