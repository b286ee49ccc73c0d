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
  // TODO: total counts every expert, active only the top-k
  const total = c.layers * c.experts * 3 * c.dModel * c.expertHidden;
  return { total, active: (total * c.topK) / c.experts };
}
