// Multiplies by the query heads: the MHA size, which GQA and MQA exist to cut.
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
  return 2 * c.layers * c.heads * c.headDim * c.bytesPerElement * c.tokens * c.batch;
}
