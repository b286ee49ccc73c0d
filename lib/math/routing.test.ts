import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expertCounts, expertLoadShares, moeCombine, routeTopK } from './routing';
import { deepFreeze, expectCloseMatrix, expectCloseVector } from './test-helpers';

// logits log(1), log(2), log(3), log(4) give probabilities 0.1, 0.2, 0.3, 0.4 exactly (up to rounding)
const LOG_PROBS = [Math.log(1), Math.log(2), Math.log(3), Math.log(4)];

describe('routeTopK', () => {
  it('keeps the top-k probabilities and renormalises them (Mixtral)', () => {
    const { probs, indices, weights } = routeTopK([LOG_PROBS], 2);
    expectCloseVector(probs[0], [0.1, 0.2, 0.3, 0.4], 15);
    expect(indices).toEqual([[3, 2]]);
    expectCloseVector(weights[0], [0, 0, 3 / 7, 4 / 7], 15);
  });

  it('keeps the raw probabilities when renormalize = false (Switch, DeepSeekMoE)', () => {
    const { weights } = routeTopK([LOG_PROBS], 2, false);
    expectCloseVector(weights[0], [0, 0, 0.3, 0.4], 15);
    expect(routeTopK([LOG_PROBS], 1, false).weights[0]).toEqual([0, 0, 0, expect.closeTo(0.4, 15)]);
  });

  it('gives exactly 0 weight to unselected experts and 1 to a top-1 renormalised expert', () => {
    const { weights } = routeTopK([[2, 1, 0]], 1);
    expect(weights[0]).toEqual([1, 0, 0]);
  });

  it('breaks ties towards the lower expert id', () => {
    const { indices } = routeTopK(
      [
        [1, 1, 1, 1],
        [0, 2, 2, 1],
        [3, 0, 3, 3],
      ],
      2,
    );
    expect(indices).toEqual([
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
  });

  it('is stable for logits of 1e4', () => {
    const { probs, weights } = routeTopK([[1e4, 1e4, -1e4]], 2);
    expectCloseVector(probs[0], [0.5, 0.5, 0], 15);
    expectCloseVector(weights[0], [0.5, 0.5, 0], 15);
  });

  it('rejects k out of range and ragged logits', () => {
    expect(() => routeTopK([[0, 0, 0, 0]], 5)).toThrow(new RangeError('k must be an integer in [1, 4], got 5'));
    expect(() => routeTopK([[0, 0], [0]], 1)).toThrow(/logits\[1\]/);
    expect(() => routeTopK([[0, Infinity]], 1)).toThrow(/logits\[0\]\[1\]/);
  });

  it('never mutates its input', () => {
    const logits = deepFreeze([LOG_PROBS.slice(), [0, 1, 2, 3]]);
    expect(routeTopK(logits, 2).indices).toEqual([
      [3, 2],
      [3, 2],
    ]);
  });

  it('property: renormalised weights sum to 1 and have exactly k non-zero entries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.tuple(
            fc.array(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 }),
            fc.integer({ min: 1, max: n }),
          ),
        ),
        ([logits, k]) => {
          const { weights, indices } = routeTopK(logits, k);
          weights.forEach((row, t) => {
            expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
            expect(row.filter((_, e) => !indices[t].includes(e)).every((w) => w === 0)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('moeCombine', () => {
  it('sums the expert outputs weighted per token', () => {
    const expertOutputs = [
      [
        [1, 0],
        [2, 2],
      ],
      [
        [0, 1],
        [4, 0],
      ],
      [
        [10, 10],
        [10, 10],
      ],
    ];
    const weights = [
      [0.25, 0.75, 0],
      [0, 0.5, 0.5],
    ];
    expectCloseMatrix(moeCombine(deepFreeze(expertOutputs), deepFreeze(weights)), [
      [0.25, 0.75],
      [7, 5],
    ]);
  });

  it('rejects a wrong number of experts or mismatched shapes', () => {
    expect(() => moeCombine([[[1]]], [[0.5, 0.5]])).toThrow(/expertOutputs must have one matrix per expert \(2\), got 1/);
    expect(() => moeCombine([[[1]], [[1, 2]]], [[0.5, 0.5]])).toThrow(/expertOutputs\[1\]\[0\] must have 1 columns/);
    expect(() => moeCombine([[[1], [2]]], [[1]])).toThrow(/expertOutputs\[0\] must have 1 rows/);
  });
});

describe('expertCounts and expertLoadShares', () => {
  it('count routed assignments per expert, rows of any length', () => {
    const indices = [[0, 1], [0, 2], [0]];
    expect(expertCounts(indices, 4)).toEqual([3, 1, 1, 0]);
    expectCloseVector(expertLoadShares(indices, 4), [0.6, 0.2, 0.2, 0], 15);
  });

  it('reject ids outside [0, numExperts − 1] and no assignments', () => {
    expect(() => expertCounts([[0, 4]], 4)).toThrow(new RangeError('indices[0][1] must be an integer in [0, 3], got 4'));
    expect(() => expertCounts([[0]], 0)).toThrow(/numExperts/);
    expect(() => expertLoadShares([[]], 2)).toThrow(/at least one assignment/);
  });
});
