// Counts only the keys: forgets that the values are cached too (the factor 2).
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
  return c.layers * c.kvHeads * c.headDim * c.bytesPerElement * c.tokens * c.batch;
}
