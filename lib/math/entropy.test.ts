import { describe, expect, it } from 'vitest';
import { entropy } from './entropy';
import { softmax } from './softmax';

describe('entropy', () => {
  it('is ln n for a uniform distribution and 0 for a one-hot one', () => {
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 15);
    expect(entropy([0, 1, 0])).toBe(0);
  });

  it('matches −Σ p ln p on a worked example, skipping zero entries', () => {
    // −(0.5 ln 0.5 + 0.25 ln 0.25 + 0.25 ln 0.25) = 1.5 ln 2
    expect(entropy([0.5, 0.25, 0.25, 0])).toBeCloseTo(1.5 * Math.LN2, 15);
  });

  it('falls as a softmax sharpens', () => {
    const flat = entropy(softmax([1, 2, 3]));
    const sharp = entropy(softmax([10, 20, 30]));
    expect(sharp).toBeLessThan(flat);
    expect(sharp).toBeLessThan(1e-3);
  });

  it('rejects negative entries and vectors that do not sum to 1, naming p', () => {
    expect(() => entropy([-0.5, 1.5])).toThrow(/p\[0\] must be ≥ 0/);
    expect(() => entropy([0.5, 0.4])).toThrow(/p must sum to 1/);
    expect(() => entropy([])).toThrow(RangeError);
  });
});
