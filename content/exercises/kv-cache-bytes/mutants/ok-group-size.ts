// Correct: the MHA cache divided by the group size heads / kvHeads (exact, as kvHeads divides heads).
export interface KvCacheConfig {
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  tokens: number;
  batch: number;
  bytesPerElement: number;
}

export function kvCacheBytes(c: KvCacheConfig): number {
  const mha = 2 * c.layers * c.heads * c.headDim * c.tokens * c.batch * c.bytesPerElement;
  const group = c.heads / c.kvHeads;
  return mha / group;
}
