import { describe, expect, it } from 'vitest';
import { multiHeadAttention, scaledDotProductAttention, softmax } from '@/lib/math';
import { expectCloseMatrix, expectCloseVector } from '@/lib/math/test-helpers';
import { attentionMask, computeExplorer, MAX_DK, projections, rawProjections, scoreFactor, sliceProjections, type ExplorerInput } from './model';
import { D_MODEL, DEFAULT_SENTENCE, embedTokens, layerNorm, PAD_TOKEN, positionalEncoding, tokenize, withPadding } from './tokens';

const BASE: ExplorerInput = { tokens: tokenize(DEFAULT_SENTENCE), pad: 0, dk: 16, heads: 1, scale: true, temp: 1, causal: false, padmask: true, seed: 1 };
const run = (over: Partial<ExplorerInput> = {}) => computeExplorer({ ...BASE, ...over });

describe('toy embeddings', () => {
  it('adds the sinusoidal positional encoding of Vaswani et al. (sin on even, cos on odd dimensions)', () => {
    expectCloseVector(positionalEncoding(0, 4), [0, 1, 0, 1], 15);
    // PE(pos, 2i) = sin(pos / 10000^{2i/d}): d = 4, pos = 3 → angles 3 and 3/100
    expectCloseVector(positionalEncoding(3, 4), [Math.sin(3), Math.cos(3), Math.sin(0.03), Math.cos(0.03)], 15);
  });

  it('layer-normalises each token vector: mean 0, mean square 1', () => {
    for (const row of embedTokens(tokenize(DEFAULT_SENTENCE), 7)) {
      expect(row).toHaveLength(D_MODEL);
      expect(row.reduce((s, v) => s + v, 0) / D_MODEL).toBeCloseTo(0, 12);
      expect(row.reduce((s, v) => s + v * v, 0) / D_MODEL).toBeCloseTo(1, 9);
    }
    expect(layerNorm([1, 3])).toEqual([-1, 1].map((v) => expect.closeTo(v, 9)));
  });

  it('is seeded: the same word at the same position gets the same vector, whatever its case', () => {
    expect(embedTokens(['The', 'cat'], 3)).toEqual(embedTokens(['the', 'cat'], 3));
    expect(embedTokens(['cat'], 3)).not.toEqual(embedTokens(['cat'], 4));
    // "the" at positions 0 and 4 differs only through the positional encoding
    const x = embedTokens(tokenize(DEFAULT_SENTENCE), 1);
    expect(x[0]).not.toEqual(x[4]);
  });

  it('pads with [PAD] tokens after the sentence', () => {
    expect(withPadding(['a', 'b'], 2)).toEqual({ tokens: ['a', 'b', PAD_TOKEN, PAD_TOKEN], isPad: [false, false, true, true] });
  });
});

describe('projections', () => {
  it('appends columns as d_k grows: the first d_k columns never change', () => {
    const small = projections(5, 2, 8);
    const big = projections(5, 2, 32);
    for (const m of ['wq', 'wk', 'wv'] as const) {
      for (let h = 0; h < 2; h++) expect(big[m][h].map((row) => row.slice(0, 8))).toEqual(small[m][h]);
    }
    expect(small.wq[0]).toHaveLength(D_MODEL);
    expect(small.wq[0][0]).toHaveLength(8);
    expect(small.wo).toHaveLength(2 * 8);
    expect(small.wo[0]).toHaveLength(D_MODEL);
  });

  it('slices a cache drawn at d_k = 512 into exactly the projections drawn at a smaller d_k', () => {
    const raw = rawProjections(3, 3, MAX_DK);
    expect(sliceProjections(raw, 20)).toEqual(projections(3, 3, 20));
    expect(() => sliceProjections(rawProjections(3, 1, 8), 9)).toThrow(/dk must be an integer in \[1, 8\]/);
  });

  it('gives queries and keys with unit-variance components, so Var(q·k) ≈ d_k (Vaswani et al. 2017, §3.2.1 footnote)', () => {
    const r = run({ dk: 512, heads: 2 });
    const q = r.heads.flatMap((h) => h.q.flat());
    const mean = q.reduce((s, v) => s + v, 0) / q.length;
    const variance = q.reduce((s, v) => s + (v - mean) ** 2, 0) / q.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(variance).toBeGreaterThan(0.85);
    expect(variance).toBeLessThan(1.15);
    const dots = r.heads.flatMap((h) => h.dots.flat());
    const dotVar = dots.reduce((s, v) => s + v * v, 0) / dots.length;
    expect(dotVar / 512).toBeGreaterThan(0.7);
    expect(dotVar / 512).toBeLessThan(1.3);
  });
});

describe('computeExplorer', () => {
  it('equals lib/math scaledDotProductAttention per head when scaling is on and τ = 1', () => {
    const r = run({ heads: 3, dk: 5, causal: true });
    r.heads.forEach((h) => {
      const ref = scaledDotProductAttention(h.q, h.k, h.v, 'causal');
      expectCloseMatrix(h.weights, ref.weights, 13);
      expectCloseMatrix(h.output, ref.output, 13);
    });
  });

  it('equals lib/math multiHeadAttention when H · d_k = d_model (the paper’s d_k = d_model/h)', () => {
    const heads = 4;
    const dk = D_MODEL / heads;
    const w = projections(9, heads, dk);
    const r = computeExplorer({ ...BASE, heads, dk, seed: 9, pad: 2 }, w);
    // stack the heads' projections side by side: head h owns columns h·d_k … (h+1)·d_k − 1
    const stack = (ms: number[][][]) => ms[0].map((_, row) => ms.flatMap((m) => m[row]));
    const ref = multiHeadAttention(r.x, { wq: stack(w.wq), wk: stack(w.wk), wv: stack(w.wv), wo: w.wo, numHeads: heads }, r.mask);
    expectCloseMatrix(r.output, ref.output, 12);
    ref.weights.forEach((a, h) => expectCloseMatrix(r.heads[h].weights, a, 12));
  });

  it('weights are the softmax of q·k · (1/√d_k if scaling) / τ, −∞ where masked', () => {
    for (const over of [{ scale: false }, { temp: 0.25 }, { temp: 4, scale: false, dk: 40 }]) {
      const r = run(over);
      const dk = over.dk ?? BASE.dk;
      const factor = scoreFactor(dk, over.scale ?? true, over.temp ?? 1);
      expect(r.factor).toBe(factor);
      const h = r.heads[0];
      h.weights.forEach((row, i) => {
        expectCloseVector(h.scores[i], h.dots[i].map((d) => d * factor), 12);
        expectCloseVector(row, softmax(h.scores[i]), 12);
      });
    }
  });

  it('the causal mask gives the upper triangle weight exactly 0', () => {
    const { heads } = run({ causal: true, heads: 2 });
    for (const h of heads) {
      h.weights.forEach((row, i) => row.forEach((a, j) => (j > i ? expect(a).toBe(0) : expect(a).toBeGreaterThan(0))));
      expect(h.scores[0][1]).toBe(-Infinity);
    }
  });

  it('the padding mask gives padding keys weight 0; without it they take weight', () => {
    const masked = run({ pad: 3 });
    const open = run({ pad: 3, padmask: false });
    expect(masked.tokens).toHaveLength(13);
    for (const row of masked.heads[0].weights) expect(row.slice(10)).toEqual([0, 0, 0]);
    for (const row of open.heads[0].weights) expect(Math.min(...row.slice(10))).toBeGreaterThan(0);
    expect(attentionMask([false, false, true], true, true)).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, false],
    ]);
  });

  it('without 1/√d_k the softmax saturates at d_k = 512: the largest weight nears 1 and the entropy nears 0', () => {
    const scaled = run({ dk: 512 });
    const unscaled = run({ dk: 512, scale: false });
    expect(unscaled.maxWeight).toBeGreaterThan(0.95);
    expect(unscaled.entropy).toBeLessThan(0.15);
    expect(scaled.maxWeight).toBeLessThan(0.6);
    expect(scaled.entropy).toBeGreaterThan(1);
    // scaling never changes which key wins a row, only how peaked the row is
    scaled.heads[0].weights.forEach((row, i) => {
      const argmax = (r: number[]) => r.indexOf(Math.max(...r));
      expect(argmax(row)).toBe(argmax(unscaled.heads[0].weights[i]));
    });
  });

  it('a higher temperature flattens every row, a lower one sharpens it', () => {
    expect(run({ temp: 4 }).entropy).toBeGreaterThan(run().entropy);
    expect(run({ temp: 0.25 }).maxWeight).toBeGreaterThan(run().maxWeight);
  });

  it('averages the statistics over the sentence’s queries only, not padding rows', () => {
    const r = run({ pad: 2, heads: 2 });
    const rows = r.heads.flatMap((h) => h.weights.slice(0, 10));
    expect(r.maxWeight).toBeCloseTo(rows.reduce((s, row) => s + Math.max(...row), 0) / rows.length, 14);
  });
});
