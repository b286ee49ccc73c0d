// Sizes the cache of one layer: every layer keeps its own keys and values.
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
  return 2 * c.kvHeads * c.headDim * c.bytesPerElement * c.tokens * c.batch;
}
