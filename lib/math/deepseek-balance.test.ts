import { describe, expect, it } from 'vitest';
import { deepSeekBalanceLoss } from './deepseek-balance';
import { deepFreeze } from './test-helpers';

describe('deepSeekBalanceLoss', () => {
  it('is Σ f_i P_i with f_i = N/(KT) · count_i', () => {
    // N = 2, K = 1, T = 2; counts [2, 0] → f = [2, 0]; P = [0.55, 0.45] → 1.1
    const scores = deepFreeze([
      [0.7, 0.3],
      [0.4, 0.6],
    ]);
    expect(deepSeekBalanceLoss(scores, deepFreeze([[0], [0]]))).toBeCloseTo(1.1, 15);
  });

  it('is 1 for balanced selection whatever K (the HF form would give K)', () => {
    const scores = [
      [0.4, 0.3, 0.2, 0.1],
      [0.1, 0.2, 0.3, 0.4],
    ];
    expect(deepSeekBalanceLoss(scores, [[0, 1], [2, 3]])).toBeCloseTo(1, 15);
    expect(deepSeekBalanceLoss(scores, [[0, 1, 2, 3], [3, 2, 1, 0]])).toBeCloseTo(1, 15);
  });

  it('normalises sigmoid-style scores per token before averaging (DeepSeek-V3)', () => {
    // s′ = [[0.75, 0.25], [0.25, 0.75]] → P = [0.5, 0.5]; f = [2, 0] → 1
    expect(deepSeekBalanceLoss([[0.9, 0.3], [0.2, 0.6]], [[0], [0]])).toBeCloseTo(1, 15);
  });

  it('rejects negative scores and mismatched indices', () => {
    expect(() => deepSeekBalanceLoss([[-0.1, 1]], [[1]])).toThrow(/scores\[0\] must be non-negative/);
    expect(() => deepSeekBalanceLoss([[0.5, 0.5]], [[0], [1]])).toThrow(/indices must have one row per token \(1\), got 2/);
  });
});
