// Multiplies by 8 · bytesPerElement: counts bits, not bytes.
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
  return 2 * c.layers * c.kvHeads * c.headDim * 8 * c.bytesPerElement * c.tokens * c.batch;
}
