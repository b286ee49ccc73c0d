import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from './test-helpers';
import { argmax, topK } from './top-k';

describe('topK', () => {
  it('returns the k largest values, descending, with their indices', () => {
    expect(topK([0.1, 0.4, 0.2, 0.3], 2)).toEqual({ values: [0.4, 0.3], indices: [1, 3] });
    expect(topK([5, -1, 7], 3)).toEqual({ values: [7, 5, -1], indices: [2, 0, 1] });
  });

  it('breaks ties towards the lower index', () => {
    expect(topK([3, 1, 3, 2], 2)).toEqual({ values: [3, 3], indices: [0, 2] });
    expect(topK([1, 1, 1, 1], 3).indices).toEqual([0, 1, 2]);
    expect(topK([0, 2, 2, 1], 2).indices).toEqual([1, 2]);
  });

  it('orders −∞ last and handles very large values', () => {
    expect(topK([-Infinity, 1e4, -1e4], 3).indices).toEqual([1, 2, 0]);
  });

  it('rejects k outside [1, x.length] with a message naming k', () => {
    expect(() => topK([1, 2, 3, 4], 5)).toThrow(new RangeError('k must be an integer in [1, 4], got 5'));
    expect(() => topK([1, 2], 0)).toThrow(RangeError);
    expect(() => topK([1, 2], 1.5)).toThrow(RangeError);
    expect(() => topK([], 1)).toThrow(RangeError);
    expect(() => topK([1, Number.NaN], 1)).toThrow(/x\[1\]/);
  });

  it('never mutates its input', () => {
    const x = deepFreeze([2, 9, 4]);
    expect(topK(x, 2).indices).toEqual([1, 2]);
  });

  it('property: topK of a permutation of 0…n−1 lists the positions of n−1, n−2, …', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), fc.integer({ min: 1, max: n })),
        ),
        ([perm, k]) => {
          const n = perm.length;
          const { values, indices } = topK(perm, k);
          expect(values).toEqual(Array.from({ length: k }, (_, i) => n - 1 - i));
          expect(indices).toEqual(values.map((v) => perm.indexOf(v)));
        },
      ),
    );
  });
});

describe('argmax', () => {
  it('returns the index of the largest entry, ties to the lower index', () => {
    expect(argmax([0.2, 0.5, 0.3])).toBe(1);
    expect(argmax([4, 9, 9, 1])).toBe(1);
    expect(argmax([-Infinity, -Infinity])).toBe(0);
    expect(() => argmax([])).toThrow(RangeError);
  });
});
