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
  // TODO: count keys and values of every layer, key/value head and token
  return c.layers * c.heads * c.headDim;
}
