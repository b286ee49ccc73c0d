import { describe, expect, it } from 'vitest';
import { layerNorm } from './layer-norm';
import { rmsNorm, rootMeanSquare } from './rms-norm';
import { expectCloseVector } from './test-helpers';

describe('rmsNorm', () => {
  it('divides by the root mean square and scales by the gain', () => {
    // mean square (9 + 16) / 2 = 12.5
    const inv = 1 / Math.sqrt(12.5 + 1e-6);
    expect(rmsNorm([3, 4], [1, 2])).toEqual([3 * inv, 8 * inv]);
  });

  it('does not subtract the mean: a constant vector stays constant, unlike LayerNorm', () => {
    const rms = rmsNorm([5, 5, 5], [1, 1, 1], 1e-12);
    expectCloseVector(rms, [1, 1, 1], 9);
    expect(layerNorm([[5, 5, 5]], [1, 1, 1], [0, 0, 0])).toEqual([[0, 0, 0]]);
  });

  it('equals LayerNorm (unit gain, zero bias) on a vector whose mean is already zero', () => {
    const x = [1, -3, 2, 0];
    expectCloseVector(rmsNorm(x, [1, 1, 1, 1], 1e-5), layerNorm([x], [1, 1, 1, 1], [0, 0, 0, 0], 1e-5)[0], 12);
  });

  it('is invariant to rescaling the input (up to ε)', () => {
    expectCloseVector(rmsNorm([2, -1, 4], [1, 1, 1], 1e-12), rmsNorm([20, -10, 40], [1, 1, 1], 1e-12), 9);
  });

  it('maps the zero vector to zero thanks to ε', () => {
    expect(rmsNorm([0, 0], [1, 1])).toEqual([0, 0]);
  });

  it('rejects a gain of the wrong length and a non-positive ε', () => {
    expect(() => rmsNorm([1, 2], [1])).toThrow(/gain/);
    expect(() => rmsNorm([1, 2], [1, 1], 0)).toThrow(/eps/);
    expect(() => rmsNorm([], [])).toThrow(RangeError);
  });
});

describe('rootMeanSquare', () => {
  it('is √(mean of squares)', () => {
    expect(rootMeanSquare([3, 4])).toBe(Math.sqrt(12.5));
    expect(rootMeanSquare([-2, 2, -2, 2])).toBe(2);
  });
});
