import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepTopK, noisyTopKGating } from './noisy-gating';
import { routeTopK } from './routing';
import { softmax } from './softmax';
import { deepFreeze, expectCloseMatrix, expectCloseVector } from './test-helpers';

const W_GATE = [
  [1, 0, 0],
  [0, 1, 0],
];
const ZERO = [
  [0, 0, 0],
  [0, 0, 0],
];

describe('keepTopK', () => {
  it('keeps the top k and sets the rest to −∞ (exactly k, ties to the lower index)', () => {
    expect(keepTopK([0.1, 0.4, 0.2, 0.3], 2)).toEqual([-Infinity, 0.4, -Infinity, 0.3]);
    expect(keepTopK([1, 1, 1], 2)).toEqual([1, 1, -Infinity]);
    expect(() => keepTopK([1, 2], 3)).toThrow(/k must be an integer in \[1, 2\], got 3/);
  });
});

describe('noisyTopKGating', () => {
  it('computes H = xW_g + noise · softplus(xW_noise), then softmax(KeepTopK(H, k))', () => {
    // clean = [1, 2, 0]; softplus(0) = ln 2; H = [1 + 0.5 ln2, 2 − ln2, 2 ln2] ≈ [1.347, 1.307, 1.386]
    const result = noisyTopKGating(deepFreeze([[1, 2]]), deepFreeze({ wGate: W_GATE, wNoise: ZERO, k: 2, noise: [[0.5, -1, 2]] }));
    const h = [1 + 0.5 * Math.LN2, 2 - Math.LN2, 2 * Math.LN2];
    expectCloseVector(result.clean[0], [1, 2, 0], 15);
    expectCloseVector(result.noiseStd[0], [Math.LN2, Math.LN2, Math.LN2], 15);
    expectCloseVector(result.logits[0], h, 15);
    expect(result.indices).toEqual([[2, 0]]);
    const total = Math.exp(h[0]) + Math.exp(h[2]);
    expectCloseVector(result.gates[0], [Math.exp(h[0]) / total, 0, Math.exp(h[2]) / total], 15);
    expect(result.gates[0][1]).toBe(0);
  });

  it('equals renormalised top-k softmax probabilities (Softmax ∘ KeepTopK)', () => {
    const x = [
      [0.3, -1.2],
      [2, 0.5],
    ];
    const wNoise = [
      [0.2, -0.4, 1],
      [0.1, 0.3, -0.5],
    ];
    const noise = [
      [0.1, -0.3, 1.2],
      [-0.7, 0.4, 0.05],
    ];
    const result = noisyTopKGating(x, { wGate: W_GATE, wNoise, k: 2, noise });
    const route = routeTopK(result.logits, 2);
    expectCloseMatrix(result.gates, route.weights, 14);
    expect(result.indices).toEqual(route.indices);
  });

  it('without noise is plain top-k routing of xW_g', () => {
    const result = noisyTopKGating([[1, 2], [-1, 0.5]], { wGate: W_GATE, wNoise: ZERO, k: 1 });
    expectCloseMatrix(result.gates, routeTopK(result.clean, 1).weights, 15);
    expectCloseMatrix(result.logits, result.clean, 15);
  });

  it('calls a sampler once per (token, expert), row-major, and adds noiseEpsilon to the scale', () => {
    const draws = [1, 0, 0, 0, 0, -1];
    let calls = 0;
    const sampler = () => draws[calls++];
    const result = noisyTopKGating([[0, 0], [0, 0]], { wGate: W_GATE, wNoise: ZERO, k: 3, noise: sampler, noiseEpsilon: 0.01 });
    expect(calls).toBe(6);
    const s = Math.LN2 + 0.01;
    expectCloseMatrix(result.logits, [
      [s, 0, 0],
      [0, 0, -s],
    ], 15);
    expectCloseVector(result.gates[0], softmax([s, 0, 0]), 15);
  });

  it('rejects k out of range, mismatched weights, bad noise and negative noiseEpsilon', () => {
    const x = [[1, 2]];
    expect(() => noisyTopKGating(x, { wGate: W_GATE, wNoise: ZERO, k: 4 })).toThrow(/k must be an integer in \[1, 3\], got 4/);
    expect(() => noisyTopKGating(x, { wGate: W_GATE, wNoise: [[0, 0, 0]], k: 1 })).toThrow(/wNoise must have 2 rows/);
    expect(() => noisyTopKGating(x, { wGate: W_GATE, wNoise: ZERO, k: 1, noise: [[0, 0]] })).toThrow(/noise\[0\] must have 3 columns/);
    expect(() => noisyTopKGating(x, { wGate: W_GATE, wNoise: ZERO, k: 1, noise: () => Number.NaN })).toThrow(/noise for token 0/);
    expect(() => noisyTopKGating(x, { wGate: W_GATE, wNoise: ZERO, k: 1, noiseEpsilon: -1 })).toThrow(/noiseEpsilon/);
  });

  it('property: gates sum to 1 with exactly k non-zero entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 15, maxLength: 15 }),
        fc.integer({ min: 1, max: 3 }),
        (rows, draws, k) => {
          let i = 0;
          const wNoise = [
            [0.5, -0.5, 1],
            [1, 0, -1],
          ];
          const { gates } = noisyTopKGating(rows, { wGate: W_GATE, wNoise, k, noise: () => draws[i++ % draws.length] });
          for (const g of gates) {
            expect(g.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
            expect(g.filter((v) => v !== 0).length).toBeLessThanOrEqual(k);
          }
        },
      ),
    );
  });
});
