import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardVote, softVote, weightedAverage } from './ensembles';
import { deepFreeze, expectCloseMatrix, expectCloseVector } from './test-helpers';

describe('hardVote', () => {
  it('takes the majority class per sample', () => {
    const predictions = deepFreeze([
      [0, 1, 2],
      [0, 2, 2],
      [1, 1, 0],
    ]);
    expect(hardVote(predictions)).toEqual([0, 1, 2]);
  });

  it('breaks ties towards the lower class id', () => {
    expect(hardVote([[0, 1], [1, 0]])).toEqual([0, 0]);
    // sample 0: 3, 2, 3, 2 → tie → 2; sample 1: 5, 5, 2, 1 → 5
    expect(hardVote([[3, 5], [2, 5], [3, 2], [2, 1]])).toEqual([2, 5]);
  });

  it('optionally weights the votes', () => {
    expect(hardVote([[0], [1], [1]], [3, 1, 1])).toEqual([0]);
    expect(hardVote([[0], [1], [1]], [2, 1, 1])).toEqual([0]);
    expect(hardVote([[0], [1], [1]], [1, 1, 1])).toEqual([1]);
  });

  it('rejects non-integer class ids, ragged predictions and bad weights', () => {
    expect(() => hardVote([[0.5]])).toThrow(/predictions\[0\]\[0\] must be a class id/);
    expect(() => hardVote([[0, 1], [1]])).toThrow(/predictions\[1\]/);
    expect(() => hardVote([])).toThrow(/predictions must hold at least one model/);
    expect(() => hardVote([[0], [1]], [1, -1])).toThrow(/weights\[1\] must be ≥ 0/);
    expect(() => hardVote([[0], [1]], [1])).toThrow(/weights must have length 2/);
  });

  it('property: identical models return their prediction', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (prediction, models) => {
          expect(hardVote(Array.from({ length: models }, () => [...prediction]))).toEqual(prediction);
        },
      ),
    );
  });
});

describe('softVote', () => {
  const A = [
    [0.9, 0.1],
    [0.4, 0.6],
  ];
  const B = [
    [0.5, 0.5],
    [0.0, 1.0],
  ];

  it('averages probabilities with equal weights by default', () => {
    expectCloseMatrix(softVote(deepFreeze([A, B])), [
      [0.7, 0.3],
      [0.2, 0.8],
    ], 15);
  });

  it('normalises the weights to sum 1', () => {
    // weights [1, 3] → [0.25, 0.75]
    expectCloseMatrix(softVote([A, B], [1, 3]), [
      [0.6, 0.4],
      [0.1, 0.9],
    ], 15);
  });

  it('rejects models of different shapes and weights with zero sum', () => {
    expect(() => softVote([A, [[1, 0]]])).toThrow(/probs\[1\] must have 2 rows/);
    expect(() => softVote([A, B], [0, 0])).toThrow(/weights must have a positive sum/);
    expect(() => softVote([])).toThrow(RangeError);
  });
});

describe('weightedAverage', () => {
  it('is Σ w_m ŷ_m / Σ w_m per sample', () => {
    expectCloseVector(weightedAverage(deepFreeze([[1, 2], [3, 4]]), [1, 1]), [2, 3], 15);
    expectCloseVector(weightedAverage([[1, 2], [3, 4]], [1, 3]), [2.5, 3.5], 15);
    expectCloseVector(weightedAverage([[1, 2], [3, 4]], [0.2, 0.6]), [2.5, 3.5], 15);
  });

  it('rejects a weights vector of the wrong length', () => {
    expect(() => weightedAverage([[1, 2], [3, 4]], [1])).toThrow(/weights must have length 2, got 1/);
  });
});
