import { describe, expect, it } from 'vitest';
import { dotProductVariance, scalingStudy, softmaxJacobian } from './attention-scaling';
import { softmax } from './softmax';

describe('dotProductVariance', () => {
  it('is d_k σ_q² σ_k²', () => {
    expect(dotProductVariance(64)).toBe(64);
    expect(dotProductVariance(128, 0.5, 2)).toBe(128);
    expect(() => dotProductVariance(0)).toThrow(RangeError);
  });
});

describe('softmaxJacobian', () => {
  it('is diag(p) − ppᵀ', () => {
    const p = softmax([1, 2, 0]);
    const j = softmaxJacobian([1, 2, 0]);
    expect(j[0][0]).toBeCloseTo(p[0] * (1 - p[0]), 15);
    expect(j[0][1]).toBeCloseTo(-p[0] * p[1], 15);
    expect(j[2][1]).toBe(j[1][2]);
  });

  it('has rows summing to zero (probabilities keep summing to 1)', () => {
    for (const row of softmaxJacobian([0.3, -1, 2, 5])) {
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 15);
    }
  });

  it('is 1/n − 1/n² on the diagonal for equal logits and vanishes when saturated', () => {
    expect(softmaxJacobian([0, 0, 0, 0])[0][0]).toBeCloseTo(3 / 16, 15);
    expect(Math.max(...softmaxJacobian([40, 0, 0]).flat().map(Math.abs))).toBeLessThan(1e-16);
  });
});

describe('scalingStudy', () => {
  it('is reproducible from its seed', () => {
    expect(scalingStudy(64, 8, 5, 7)).toEqual(scalingStudy(64, 8, 5, 7));
  });

  it('shows unscaled scores spreading like √d_k and saturating the softmax, scaled ones not', () => {
    const big = scalingStudy(512, 8, 200, 1);
    // E[std] of 8 scores is a little under √512 ≈ 22.6 (ddof = 0 over 8 samples)
    expect(big.scoreStd.unscaled).toBeGreaterThan(18);
    expect(big.scoreStd.unscaled).toBeLessThan(23);
    expect(big.scoreStd.scaled).toBeCloseTo(big.scoreStd.unscaled / Math.sqrt(512), 12);
    expect(big.maxWeight.unscaled).toBeGreaterThan(0.9);
    expect(big.maxWeight.scaled).toBeLessThan(0.5);
    expect(big.maxJacobian.unscaled).toBeLessThan(big.maxJacobian.scaled / 2);
  });

  it('changes nothing when d_k = 1', () => {
    const one = scalingStudy(1, 8, 3, 3);
    expect(one.scoreStd.scaled).toBe(one.scoreStd.unscaled);
    expect(one.maxWeight.scaled).toBe(one.maxWeight.unscaled);
  });

  it('rejects bad sizes', () => {
    expect(() => scalingStudy(0, 8, 1, 1)).toThrow(/dK/);
    expect(() => scalingStudy(8, 1, 1, 1)).toThrow(/keys/);
    expect(() => scalingStudy(8, 8, 0, 1)).toThrow(/draws/);
  });
});
