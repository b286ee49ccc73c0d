import { describe, expect, it } from 'vitest';
import { attentionParameters, countParameters, ffnParameters, type ModelShape } from './parameters';
import { deepFreeze } from './test-helpers';

// A tiny decoder-only MoE whose counts are easy to do by hand.
const TINY: ModelShape = deepFreeze({
  layers: 4,
  crossAttentionLayers: 0,
  dModel: 8,
  vocab: 100,
  tiedEmbeddings: false,
  attention: { kind: 'mha' },
  ffn: 'swiglu',
  expertHidden: 16,
  denseHidden: 32,
  experts: 4,
  sharedExperts: 0,
  topK: 2,
  denseLayers: 0,
  moeEvery: 1,
});

describe('attentionParameters', () => {
  it('is 4·d² for multi-head attention', () => {
    expect(attentionParameters(768, { kind: 'mha' })).toBe(4 * 768 * 768);
  });

  it('counts grouped-query attention: Q and O full width, K and V with kvHeads heads', () => {
    // Mixtral / Mistral 7B: 32 query heads, 8 KV heads of 128 → 2·4096² + 2·4096·1024
    expect(attentionParameters(4096, { kind: 'gqa', heads: 32, kvHeads: 8, headDim: 128 })).toBe(41_943_040);
    // with as many KV heads as query heads GQA is MHA
    expect(attentionParameters(64, { kind: 'gqa', heads: 4, kvHeads: 4, headDim: 16 })).toBe(4 * 64 * 64);
  });

  it('counts multi-head latent attention matrix by matrix', () => {
    const a = { kind: 'mla', heads: 2, qRank: 3, kvRank: 4, qkNopeDim: 5, qkRopeDim: 1, vDim: 6 } as const;
    const d = 10;
    // W_DQ d×r_q, W_UQ r_q×h(nope+rope), W_DKV+W_KR d×(r_kv+rope), W_UK,UV r_kv×h(nope+v), W_O h·v×d
    const expected = d * 3 + 3 * 2 * 6 + d * (4 + 1) + 4 * 2 * (5 + 6) + 2 * 6 * d;
    expect(attentionParameters(d, a)).toBe(expected);
    expect(attentionParameters(d, { ...a, qRank: 0 })).toBe(d * 2 * 6 + d * 5 + 4 * 2 * 11 + 2 * 6 * d);
  });

  it('rejects more KV heads than heads and non-integer widths', () => {
    expect(() => attentionParameters(64, { kind: 'gqa', heads: 4, kvHeads: 8, headDim: 16 })).toThrow(/attention.kvHeads must be an integer in \[1, 4\]/);
    expect(() => attentionParameters(1.5, { kind: 'mha' })).toThrow(/dModel must be an integer ≥ 1/);
  });
});

describe('ffnParameters', () => {
  it('is 3·d·d_ff for SwiGLU and 2·d·d_ff for a ReLU FFN', () => {
    expect(ffnParameters(4096, 14336, 'swiglu')).toBe(176_160_768);
    expect(ffnParameters(768, 3072, 'relu')).toBe(4_718_592);
  });
});

describe('countParameters', () => {
  it('adds embeddings, attention, experts and routers; active uses K of N experts', () => {
    const c = countParameters(TINY);
    const expert = 3 * 8 * 16;
    expect(c).toMatchObject({ embeddings: 2 * 100 * 8, attention: 4 * 4 * 64, router: 4 * 8 * 4, moeLayers: 4, denseLayers: 0 });
    expect(c.routedExperts).toBe(4 * 4 * expert);
    expect(c.total).toBe(1600 + 1024 + 128 + 16 * expert);
    expect(c.active).toBe(1600 + 1024 + 128 + 8 * expert);
    expect(c.activeWithoutLookup).toBe(c.active - 800);
  });

  it('with K = N every parameter is active, and tying the embeddings removes V·d', () => {
    const dense = countParameters({ ...TINY, topK: 4 });
    expect(dense.active).toBe(dense.total);
    expect(countParameters({ ...TINY, tiedEmbeddings: true }).total).toBe(countParameters(TINY).total - 800);
  });

  it('counts leading dense layers and every-other-layer MoE with the dense FFN size', () => {
    const c = countParameters({ ...TINY, layers: 5, denseLayers: 1, moeEvery: 2 });
    // 4 layers after the dense one, every 2nd is MoE → 2 MoE, 3 dense
    expect(c.moeLayers).toBe(2);
    expect(c.denseLayers).toBe(3);
    expect(c.denseFfn).toBe(3 * 3 * 8 * 32);
  });

  it('shared experts are always active; cross-attention adds one attention block per decoder layer', () => {
    const c = countParameters({ ...TINY, sharedExperts: 2, crossAttentionLayers: 2 });
    const expert = 3 * 8 * 16;
    expect(c.sharedExperts).toBe(4 * 2 * expert);
    expect(c.total - c.active).toBe(4 * 2 * expert);
    expect(c.attention).toBe(6 * 4 * 64);
  });

  it('rejects K > N and more dense layers than layers', () => {
    expect(() => countParameters({ ...TINY, topK: 5 })).toThrow(/topK must be an integer in \[1, 4\], got 5/);
    expect(() => countParameters({ ...TINY, denseLayers: 5 })).toThrow(/denseLayers/);
  });
});
