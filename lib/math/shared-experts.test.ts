import { describe, expect, it } from 'vitest';
import { sharedExpertWeights } from './shared-experts';
import { deepFreeze, expectCloseMatrix } from './test-helpers';

describe('sharedExpertWeights', () => {
  it('gives shared experts weight 1 and top-k routed experts their raw (non-renormalised) score', () => {
    const scores = deepFreeze([
      [0.5, 0.3, 0.2],
      [0.1, 0.6, 0.3],
    ]);
    expectCloseMatrix(sharedExpertWeights(scores, 2, 2), [
      [1, 1, 0.5, 0.3, 0],
      [1, 1, 0, 0.6, 0.3],
    ], 15);
  });

  it('with no shared experts is non-renormalised top-k', () => {
    expectCloseMatrix(sharedExpertWeights([[0.2, 0.2, 0.6]], 0, 2), [[0.2, 0, 0.6]], 15);
  });

  it('rejects a negative shared count and k out of range', () => {
    expect(() => sharedExpertWeights([[0.5, 0.5]], -1, 1)).toThrow(/numShared must be an integer ≥ 0, got -1/);
    expect(() => sharedExpertWeights([[0.5, 0.5]], 1, 3)).toThrow(/k must be an integer in \[1, 2\], got 3/);
  });
});
