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
  // one key and one value per layer, key/value head and token
  const perToken = 2 * c.layers * c.kvHeads * c.headDim * c.bytesPerElement;
  return perToken * c.tokens * c.batch;
}
