// Sizes one sequence: each sequence of the batch has its own cache.
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
  return 2 * c.layers * c.kvHeads * c.headDim * c.bytesPerElement * c.tokens;
}
