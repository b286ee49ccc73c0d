import { kvCacheBytes, modelConfig } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

interface Config {
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  tokens: number;
  batch: number;
  bytesPerElement: number;
}

const expected = (c: Config) =>
  kvCacheBytes({ layers: c.layers, dModel: c.heads * c.headDim, attention: { kind: 'gqa', heads: c.heads, kvHeads: c.kvHeads, headDim: c.headDim } }, c.tokens, c.batch, c.bytesPerElement);

/** A real model's attention shape from the presets (Llama 2 70B, Mixtral 8x7B are GQA). */
function shapeOf(id: string) {
  const a = modelConfig(id).shape.attention;
  if (a.kind !== 'gqa') throw new Error(`${id} is not a GQA preset`);
  return { layers: modelConfig(id).shape.layers, heads: a.heads, kvHeads: a.kvHeads, headDim: a.headDim };
}

const llama = shapeOf('llama-2-70b');
const mixtral = shapeOf('mixtral-8x7b');

const cases: [Config, boolean, string][] = [
  [{ layers: 2, heads: 4, kvHeads: 2, headDim: 8, tokens: 10, batch: 1, bytesPerElement: 2 }, false, 'a small GQA model'],
  [{ ...llama, tokens: 4096, batch: 1, bytesPerElement: 2 }, false, 'Llama 2 70B, one 4,096-token request in bf16'],
  [{ ...llama, kvHeads: llama.heads, tokens: 4096, batch: 1, bytesPerElement: 2 }, true, 'the same with full multi-head attention (8× the cache)'],
  [{ ...mixtral, tokens: 32768, batch: 8, bytesPerElement: 2 }, true, 'Mixtral 8x7B, 8 requests of 32K tokens'],
  [{ layers: 24, heads: 16, kvHeads: 1, headDim: 64, tokens: 2048, batch: 3, bytesPerElement: 4 }, true, 'multi-query attention in fp32'],
  [{ layers: 12, heads: 12, kvHeads: 12, headDim: 64, tokens: 0, batch: 5, bytesPerElement: 2 }, true, 'an empty cache'],
];

export const tests: ExerciseTest[] = cases.map(([c, hidden, note]) => ({ call: 'kvCacheBytes', args: [c], expected: expected(c), tolerance: 1e-12, hidden, note }));
