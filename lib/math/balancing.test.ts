import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cvSquared, loadBalancingLoss, routerZLoss } from './balancing';
import { routeTopK } from './routing';
import { deepFreeze } from './test-helpers';

const PROBS = [
  [0.7, 0.3],
  [0.4, 0.6],
];

describe('loadBalancingLoss', () => {
  it('is N · Σ f_e P_e for k = 1 (Switch), on a hand-checked example', () => {
    // P = [0.55, 0.45]; f = [0.5, 0.5] → 2 · (0.275 + 0.225) = 1
    expect(loadBalancingLoss(PROBS, [[0], [1]], 2)).toBeCloseTo(1, 15);
    // f = [1, 0] → 2 · 0.55 = 1.1
    expect(loadBalancingLoss(PROBS, [[0], [0]], 2)).toBeCloseTo(1.1, 15);
  });

  it('sums over top-k slots (HF form): uniform router gives 1 for k = 1 and k for top-k', () => {
    const n = 4;
    const uniform = Array.from({ length: 8 }, () => new Array<number>(n).fill(1 / n));
    for (const k of [1, 2, 3, 4]) {
      const { probs, indices } = routeTopK(uniform.map((row) => row.map(() => 0)), k);
      expect(loadBalancingLoss(probs, indices, n)).toBeCloseTo(k, 14);
      expect(loadBalancingLoss(uniform, indices, n)).toBeCloseTo(k, 14);
    }
  });

  it('gives N when every token routes to one expert with probability 1 (collapse)', () => {
    expect(loadBalancingLoss([[1, 0, 0], [1, 0, 0]], [[0], [0]], 3)).toBeCloseTo(3, 15);
  });

  it('counts each slot separately for top-2', () => {
    // slot 0: f = [0.5, 0.5]; slot 1: f = [0.5, 0.5]; P = [0.55, 0.45] → 2 · (0.5 + 0.5) = 2
    expect(loadBalancingLoss(PROBS, [[0, 1], [1, 0]], 2)).toBeCloseTo(2, 15);
    // slot 0: f = [1, 0]; slot 1: f = [0, 1] → 2 · (0.55 + 0.45) = 2 (uses P, not renormalised weights)
    expect(loadBalancingLoss(PROBS, [[0, 1], [0, 1]], 2)).toBeCloseTo(2, 15);
  });

  it('property: with uniform probs the loss is k whatever the selection', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.integer({ min: 1, max: n }).chain((k) =>
            fc.tuple(fc.constant(n), fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 10 })),
          ),
        ),
        ([n, indices]) => {
          const probs = indices.map(() => new Array<number>(n).fill(1 / n));
          expect(loadBalancingLoss(probs, indices, n)).toBeCloseTo(indices[0].length, 12);
        },
      ),
    );
  });

  it('rejects mismatched shapes and bad ids, naming the argument', () => {
    expect(() => loadBalancingLoss(PROBS, [[0]], 2)).toThrow(/indices must have one row per token \(2\), got 1/);
    expect(() => loadBalancingLoss(PROBS, [[0], [2]], 2)).toThrow(/indices\[1\]\[0\]/);
    expect(() => loadBalancingLoss(PROBS, [[0, 1], [1]], 2)).toThrow(/indices\[1\] must have 2 entries/);
    expect(() => loadBalancingLoss(PROBS, [[0], [1]], 3)).toThrow(/probs\[0\] must have 3 columns/);
    expect(() => loadBalancingLoss(PROBS, [[], []], 2)).toThrow(RangeError);
  });

  it('never mutates its inputs', () => {
    expect(loadBalancingLoss(deepFreeze(PROBS.map((r) => [...r])), deepFreeze([[0], [1]]), 2)).toBeCloseTo(1, 15);
  });
});

describe('routerZLoss', () => {
  it('is the mean over tokens of logsumexp²', () => {
    expect(routerZLoss([[0, 0]])).toBeCloseTo(Math.LN2 ** 2, 15);
    expect(routerZLoss([[0, 0], [1, 1]])).toBeCloseTo((Math.LN2 ** 2 + (1 + Math.LN2) ** 2) / 2, 15);
  });

  it('is stable for logits of 1e4', () => {
    expect(routerZLoss([[1e4, 1e4]])).toBeCloseTo((1e4 + Math.LN2) ** 2, 6);
  });

  it('rejects non-finite logits', () => {
    expect(() => routerZLoss([[0, Number.NaN]])).toThrow(/logits\[0\]\[1\]/);
  });
});

describe('cvSquared', () => {
  it('uses the population variance (ddof = 0)', () => {
    // mean 2, population variance 2/3 → 1/6 (sample variance would give 1/4)
    expect(cvSquared([1, 2, 3])).toBeCloseTo(1 / 6, 15);
    expect(cvSquared([5, 5, 5])).toBe(0);
    expect(cvSquared([4])).toBe(0);
  });

  it('rejects an empty vector or a zero mean', () => {
    expect(() => cvSquared([])).toThrow(RangeError);
    expect(() => cvSquared([-1, 1])).toThrow(/non-zero mean/);
  });
});
