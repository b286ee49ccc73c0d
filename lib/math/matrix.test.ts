import { describe, expect, it } from 'vitest';
import { matmul, transpose } from './matrix';
import { deepFreeze } from './test-helpers';

describe('matmul', () => {
  it('multiplies an n × m by an m × p matrix', () => {
    expect(
      matmul(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [
          [7, 8],
          [9, 10],
          [11, 12],
        ],
      ),
    ).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('rejects mismatched inner dimensions and ragged input, naming the argument', () => {
    expect(() => matmul([[1, 2]], [[1, 2]])).toThrow(/b must have 2 rows, got 1/);
    expect(() => matmul([[1, 2], [3]], [[1], [2]])).toThrow(/a\[1\]/);
  });

  it('never mutates its inputs', () => {
    const a = deepFreeze([[1, 2]]);
    const b = deepFreeze([[3], [4]]);
    expect(matmul(a, b)).toEqual([[11]]);
  });
});

describe('transpose', () => {
  it('swaps rows and columns', () => {
    expect(
      transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(() => transpose([[1], [2, 3]])).toThrow(RangeError);
  });
});
