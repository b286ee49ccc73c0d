import { describe, expect, it } from 'vitest';
import { leastSquares } from './least-squares';
import { expectCloseVector } from './test-helpers';

describe('leastSquares', () => {
  it('recovers exact weights when y is a combination of the columns', () => {
    const x = [[1, 2], [3, 1], [0, 1], [2, 2]];
    const y = x.map(([a, b]) => 0.25 * a + 0.75 * b);
    expectCloseVector(leastSquares(x, y), [0.25, 0.75]);
  });

  it('matches the closed form for one column: Σxy / Σx²', () => {
    expectCloseVector(leastSquares([[1], [2], [3]], [2, 3, 7]), [(2 + 6 + 21) / 14]);
  });

  it('leaves a residual orthogonal to every column', () => {
    const x = [[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 1, 1], [0, 3, 1]];
    const y = [1, 2, 0.5, 3, -1];
    const w = leastSquares(x, y);
    const residual = x.map((row, s) => row.reduce((acc, v, j) => acc + v * w[j], 0) - y[s]);
    for (let j = 0; j < 3; j++) expect(x.reduce((acc, row, s) => acc + row[j] * residual[s], 0)).toBeCloseTo(0, 10);
  });

  it('rejects collinear columns and mismatched lengths', () => {
    expect(() => leastSquares([[1, 2], [2, 4]], [1, 2])).toThrow(/collinear/);
    expect(() => leastSquares([[1], [2]], [1])).toThrow(/length 2/);
  });
});
