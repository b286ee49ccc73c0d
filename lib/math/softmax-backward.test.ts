import { describe, expect, it } from 'vitest';
import { softmaxJacobian } from './attention-scaling';
import { softmax } from './softmax';
import { softmaxBackward } from './softmax-backward';
import { expectCloseVector } from './test-helpers';

describe('softmaxBackward', () => {
  it('is s ⊙ (g − s·g): for x = [0, 0] and g = [1, 0] the gradient is [1/4, −1/4]', () => {
    expectCloseVector(softmaxBackward([0, 0], [1, 0]), [0.25, -0.25], 15);
  });

  it('equals the full Jacobian diag(s) − s sᵀ times g', () => {
    const x = [1, -0.5, 2, 0.25];
    const g = [0.3, -1, 2, 0.5];
    const want = softmaxJacobian(x).map((row) => row.reduce((acc, jij, j) => acc + jij * g[j], 0));
    expectCloseVector(softmaxBackward(x, g), want, 14);
  });

  it('matches central finite differences of L = g · softmax(x)', () => {
    const x = [0.2, 1.5, -1, 0.7];
    const g = [1, -2, 0.5, 3];
    const loss = (z: number[]) => softmax(z).reduce((a, v, i) => a + v * g[i], 0);
    const h = 1e-6;
    const numeric = x.map((_, i) => (loss(x.map((v, j) => (j === i ? v + h : v))) - loss(x.map((v, j) => (j === i ? v - h : v)))) / (2 * h));
    expectCloseVector(softmaxBackward(x, g), numeric, 8);
  });

  it('sums to 0, and is 0 for a constant upstream gradient', () => {
    const d = softmaxBackward([3, 1, 4, 1, 5], [2, 7, 1, 8, 2]);
    expect(d.reduce((a, v) => a + v, 0)).toBeCloseTo(0, 14);
    expectCloseVector(softmaxBackward([3, 1, 4], [2, 2, 2]), [0, 0, 0], 15);
  });

  it('stays finite for large logits and refuses mismatched lengths', () => {
    expect(softmaxBackward([1000, 1001], [1, 0]).every(Number.isFinite)).toBe(true);
    expect(() => softmaxBackward([1, 2], [1])).toThrow(/length 2/);
  });
});
