import { describe, expect, it } from 'vitest';
import {
  adamMemoryBytes,
  allToAllBytes,
  decodeStep,
  expectedExpertsTouched,
  flopsPerToken,
  kvCacheBytes,
  kvCacheElementsPerToken,
  rooflineTime,
  trainingFlops,
  withKvHeads,
} from './inference';
import type { ModelShape } from './parameters';

// A small dense GQA model whose figures are worked by hand below.
const TINY: ModelShape = {
  layers: 2, crossAttentionLayers: 0, dModel: 8, vocab: 10, tiedEmbeddings: false,
  attention: { kind: 'gqa', heads: 4, kvHeads: 2, headDim: 2 }, ffn: 'swiglu', expertHidden: 16, denseHidden: 16,
  experts: 1, sharedExperts: 0, topK: 1, denseLayers: 2, moeEvery: 1,
};

describe('kvCacheElementsPerToken', () => {
  it('is 2·l·d for MHA, 2·l·n_kv·d_h for GQA and (d_c + d_h^R)·l for MLA', () => {
    expect(kvCacheElementsPerToken(80, 8192, { kind: 'mha' })).toBe(2 * 80 * 8192);
    expect(kvCacheElementsPerToken(80, 8192, { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 128 })).toBe(163_840);
    expect(kvCacheElementsPerToken(61, 7168, { kind: 'mla', heads: 128, qRank: 1536, kvRank: 512, qkNopeDim: 128, qkRopeDim: 64, vDim: 128 })).toBe(35_136);
  });

  it('refuses more K/V heads than query heads', () => {
    expect(() => kvCacheElementsPerToken(2, 8, { kind: 'gqa', heads: 4, kvHeads: 5, headDim: 2 })).toThrow(/kvHeads/);
  });
});

describe('kvCacheBytes', () => {
  it('multiplies by tokens, batch and bytes: Llama 2 70B at 4096 tokens in bf16 is 1.34 GB', () => {
    const shape = { layers: 80, dModel: 8192, attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 128 } } as const;
    expect(kvCacheBytes(shape, 4096, 1, 2)).toBe(1_342_177_280);
    expect(kvCacheBytes(shape, 4096, 8, 1)).toBe(8 * 1_342_177_280 / 2);
  });
});

describe('withKvHeads', () => {
  it('gives one K/V head per query head (mha) or one in all (mqa); MLA uses d_h = the no-RoPE head size', () => {
    const gqa = { dModel: 8192, attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 128 } } as const;
    expect(withKvHeads(gqa, 'mha')).toEqual({ kind: 'gqa', heads: 64, kvHeads: 64, headDim: 128 });
    expect(withKvHeads(gqa, 'mqa')).toEqual({ kind: 'gqa', heads: 64, kvHeads: 1, headDim: 128 });
    const mla = { dModel: 7168, attention: { kind: 'mla', heads: 128, qRank: 1536, kvRank: 512, qkNopeDim: 128, qkRopeDim: 64, vDim: 128 } } as const;
    expect(withKvHeads(mla, 'mqa')).toEqual({ kind: 'gqa', heads: 128, kvHeads: 1, headDim: 128 });
    expect(() => withKvHeads({ dModel: 8, attention: { kind: 'mha' } }, 'mqa')).toThrow(/head size/);
  });
});

describe('flopsPerToken', () => {
  it('is 2 per non-lookup weight plus 2·l·ctx·(qk + v widths)', () => {
    // weights: attention 2·8·8 + 2·8·4 = 192, FFN 3·8·16 = 384 per layer → 2·576 = 1152, + output head 80 = 1232
    expect(flopsPerToken(TINY, 0)).toEqual({ weights: 2464, attention: 0, total: 2464 });
    expect(flopsPerToken(TINY, 3).attention).toBe(2 * 2 * 3 * (8 + 8));
  });
});

describe('trainingFlops', () => {
  it('is 6·N·D', () => {
    expect(trainingFlops(7e9, 2e12)).toBe(8.4e22);
    expect(() => trainingFlops(-1, 1)).toThrow(RangeError);
  });
});

describe('adamMemoryBytes', () => {
  it('is 16 bytes per parameter in mixed precision (ZeRO §3.1) and in fp32, 8 in pure bf16', () => {
    expect(adamMemoryBytes(1e9, 'mixed')).toEqual({ weights: 2e9, gradients: 2e9, optimizer: 12e9, total: 16e9, bytesPerParam: 16 });
    expect(adamMemoryBytes(1e9, 'fp32')).toEqual({ weights: 4e9, gradients: 4e9, optimizer: 8e9, total: 16e9, bytesPerParam: 16 });
    expect(adamMemoryBytes(1e9, 'bf16').total).toBe(8e9);
  });
});

describe('expectedExpertsTouched', () => {
  it('is k for one token, E·(1 − (1 − k/E)^T) after that', () => {
    expect(expectedExpertsTouched(8, 2, 1)).toBe(2);
    expect(expectedExpertsTouched(8, 2, 2)).toBeCloseTo(8 * (1 - 0.75 ** 2), 12);
    expect(expectedExpertsTouched(8, 2, 0)).toBe(0);
    expect(expectedExpertsTouched(8, 8, 1)).toBe(8);
  });
});

describe('decodeStep', () => {
  it('reads every weight but the input table once and the whole cache; intensity = FLOPs / bytes', () => {
    const s = decodeStep(TINY, { batch: 4, context: 3, bytes: 2 });
    const flops = 4 * (2464 + 192);
    // weights read: 1232 (no input table) · 2 bytes; cache: 2·2·2·2 = 16 elements per token · 3 tokens · 4 sequences · 2 bytes
    expect(s).toEqual({ flops, weightBytes: 2464, kvBytes: 384, bytes: 2848, intensity: flops / 2848, expertsTouched: 0 });
  });

  it('for an MoE layer reads only the experts the batch is expected to touch', () => {
    const moe: ModelShape = { ...TINY, experts: 4, topK: 1, denseLayers: 0 };
    const one = decodeStep(moe, { batch: 1, context: 0, bytes: 1 });
    const many = decodeStep(moe, { batch: 1000, context: 0, bytes: 1 });
    const expert = 3 * 8 * 16;
    expect(one.expertsTouched).toBe(1);
    expect(many.weightBytes - one.weightBytes).toBeCloseTo(2 * 3 * expert, 6);
  });
});

describe('rooflineTime', () => {
  it('takes the slower of compute and memory and names it', () => {
    expect(rooflineTime(100, 10, 10, 1)).toEqual({ seconds: 10, bound: 'memory', ridge: 10 });
    expect(rooflineTime(200, 10, 10, 1)).toEqual({ seconds: 20, bound: 'compute', ridge: 10 });
  });
});

describe('allToAllBytes', () => {
  it('sends tokens · k · d · bytes each way', () => {
    expect(allToAllBytes(4096, 2, 4096, 2)).toEqual({ dispatch: 67_108_864, combine: 67_108_864, total: 134_217_728 });
    expect(() => allToAllBytes(1, 0, 8, 2)).toThrow(RangeError);
  });
});
