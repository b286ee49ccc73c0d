import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causalMask, scaledDotProductAttention } from './attention';
import { deepFreeze, expectCloseMatrix } from './test-helpers';

// 3 tokens, d_k = 4 (so √d_k = 2), d_v = 2
const Q = [
  [1, 0, 1, 0],
  [0, 2, 0, 2],
  [1, 1, 1, 1],
];
const K = [
  [1, 0, 1, 0],
  [0, 1, 0, 1],
  [1, 1, 0, 0],
];
const V = [
  [1, 0],
  [0, 1],
  [1, 1],
];

describe('scaledDotProductAttention', () => {
  it('computes softmax(QKᵀ/√d_k)·V on a worked 3-token example', () => {
    // QKᵀ = [[2, 0, 1], [0, 4, 2], [2, 2, 2]]; / √4 → [[1, 0, 0.5], [0, 2, 1], [1, 1, 1]]
    // row 0: [e, 1, √e] / (e + 1 + √e); row 2: equal scores → uniform 1/3
    const { weights, output } = scaledDotProductAttention(deepFreeze(Q.map((r) => [...r])), deepFreeze(K.map((r) => [...r])), deepFreeze(V.map((r) => [...r])));
    expectCloseMatrix(weights, [
      [0.506480391055654, 0.18632372322584756, 0.3071958857184984],
      [0.09003057317038046, 0.6652409557748219, 0.24472847105479764],
      [1 / 3, 1 / 3, 1 / 3],
    ], 14);
    expectCloseMatrix(output, [
      [0.8136762767741523, 0.49351960894434593],
      [0.3347590442251781, 0.9099694268296196],
      [2 / 3, 2 / 3],
    ], 14);
  });

  it("with mask 'causal' gives exactly zero weight to future keys", () => {
    const { weights, output } = scaledDotProductAttention(Q, K, V, 'causal');
    expect(weights[0]).toEqual([1, 0, 0]);
    expect(weights[1][2]).toBe(0);
    // row 1 over keys 0, 1: scaled scores [0, 2] → [1, e²] / (1 + e²)
    expectCloseMatrix(weights, [
      [1, 0, 0],
      [0.11920292202211755, 0.8807970779778824, 0],
      [1 / 3, 1 / 3, 1 / 3],
    ], 14);
    expectCloseMatrix(output, [
      [1, 0],
      [0.11920292202211755, 0.8807970779778824],
      [2 / 3, 2 / 3],
    ], 14);
  });

  it('accepts an explicit boolean mask equal to the causal one', () => {
    const explicit = scaledDotProductAttention(Q, K, V, causalMask(3, 3));
    expect(explicit).toEqual(scaledDotProductAttention(Q, K, V, 'causal'));
    expect(causalMask(2, 3)).toEqual([
      [true, false, false],
      [true, true, false],
    ]);
  });

  it('is stable for very large scores', () => {
    const { weights } = scaledDotProductAttention([[100, 100]], [[100, 100], [-100, -100]], [[1], [2]]);
    expect(weights[0]).toEqual([1, 0]);
  });

  it('throws a RangeError for a fully masked row or a mask of the wrong shape', () => {
    const mask = [
      [true, false, false],
      [false, false, false],
      [true, true, true],
    ];
    expect(() => scaledDotProductAttention(Q, K, V, mask)).toThrow(/mask\[1\] masks every key/);
    expect(() => scaledDotProductAttention(Q, K, V, [[true]])).toThrow(/mask must be 'causal' or a 3 × 3 boolean matrix/);
  });

  it('rejects mismatched q, k and v shapes', () => {
    expect(() => scaledDotProductAttention(Q, [[1, 0]], V)).toThrow(/k\[0\] must have 4 columns/);
    expect(() => scaledDotProductAttention(Q, K, [[1, 0]])).toThrow(/v must have 3 rows, got 1/);
  });

  it('property: weights are a distribution over allowed keys and exactly 0 on masked ones', () => {
    const size = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        fc.tuple(size, size, fc.integer({ min: 1, max: 4 })).chain(([tq, tk, d]) =>
          fc.record({
            q: fc.array(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: d, maxLength: d }), { minLength: tq, maxLength: tq }),
            k: fc.array(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: d, maxLength: d }), { minLength: tk, maxLength: tk }),
            mask: fc.array(
              fc.array(fc.boolean(), { minLength: tk, maxLength: tk }).filter((row) => row.includes(true)),
              { minLength: tq, maxLength: tq },
            ),
          }),
        ),
        ({ q, k, mask }) => {
          const v = k.map((_, j) => [j]);
          const { weights } = scaledDotProductAttention(q, k, v, mask);
          weights.forEach((row, i) => {
            expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
            row.forEach((w, j) => {
              if (mask[i][j]) expect(w).toBeGreaterThanOrEqual(0);
              else expect(w).toBe(0);
            });
          });
        },
      ),
    );
  });
});
