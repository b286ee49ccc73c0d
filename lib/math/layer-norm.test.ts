import { describe, expect, it } from 'vitest';
import { layerNorm } from './layer-norm';

describe('layerNorm', () => {
  it('gives each row mean 0 and variance 1/(1 + ε/σ²) with unit gain and zero bias', () => {
    const [row] = layerNorm([[1, 2, 3, 6]], [1, 1, 1, 1], [0, 0, 0, 0], 1e-5);
    // mean 3, variance (4 + 1 + 0 + 9) / 4 = 3.5
    const inv = 1 / Math.sqrt(3.5 + 1e-5);
    expect(row).toEqual([-2 * inv, -1 * inv, 0, 3 * inv]);
  });

  it('applies gain and bias per column', () => {
    const [row] = layerNorm([[0, 2]], [2, 3], [1, -1], 1e-12);
    expect(row[0]).toBeCloseTo(2 * -1 + 1, 9);
    expect(row[1]).toBeCloseTo(3 * 1 - 1, 9);
  });

  it('maps a constant row to the bias', () => {
    expect(layerNorm([[5, 5, 5]], [7, 7, 7], [0.5, 1, 2])).toEqual([[0.5, 1, 2]]);
  });

  it('rejects mismatched gain or bias and a non-positive ε', () => {
    expect(() => layerNorm([[1, 2]], [1], [0, 0])).toThrow(RangeError);
    expect(() => layerNorm([[1, 2]], [1, 1], [0])).toThrow(/bias/);
    expect(() => layerNorm([[1, 2]], [1, 1], [0, 0], 0)).toThrow(/epsilon/);
  });
});
