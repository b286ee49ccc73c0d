import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from './attention';
import { multiHeadAttention } from './multi-head-attention';
import { deepFreeze, expectCloseMatrix } from './test-helpers';

const I2 = [
  [1, 0],
  [0, 1],
];
const SIGMA = Math.E / (1 + Math.E); // softmax([1, 0])[0]

describe('multiHeadAttention', () => {
  it('splits contiguous columns into heads (d = 2, H = 2, identity weights)', () => {
    // head 0 sees column 0: q = k = v = [[1], [0]]; head 1 sees column 1: [[0], [1]]; d_k = 1
    const x = deepFreeze([
      [1, 0],
      [0, 1],
    ]);
    const { output, weights } = multiHeadAttention(x, deepFreeze({ wq: I2, wk: I2, wv: I2, wo: I2, numHeads: 2 }));
    expectCloseMatrix(weights[0], [
      [SIGMA, 1 - SIGMA],
      [0.5, 0.5],
    ], 15);
    expectCloseMatrix(weights[1], [
      [0.5, 0.5],
      [1 - SIGMA, SIGMA],
    ], 15);
    expectCloseMatrix(output, [
      [SIGMA, 0.5],
      [0.5, SIGMA],
    ], 15);
  });

  it('concatenates heads in order, then multiplies by wo', () => {
    const swap = [
      [0, 1],
      [1, 0],
    ];
    const { output } = multiHeadAttention([[1, 0], [0, 1]], { wq: I2, wk: I2, wv: I2, wo: swap, numHeads: 2 });
    expectCloseMatrix(output, [
      [0.5, SIGMA],
      [SIGMA, 0.5],
    ], 15);
  });

  it('with one head and identity weights equals scaled dot-product self-attention', () => {
    const x = [
      [1, 2],
      [0, -1],
      [3, 0.5],
    ];
    const single = multiHeadAttention(x, { wq: I2, wk: I2, wv: I2, wo: I2, numHeads: 1 }, 'causal');
    const reference = scaledDotProductAttention(x, x, x, 'causal');
    expectCloseMatrix(single.output, reference.output, 14);
    expectCloseMatrix(single.weights[0], reference.weights, 14);
    expect(single.weights[0][0]).toEqual([1, 0, 0]);
  });

  it('projects with x · w (rows of w are input features)', () => {
    // wq = wk = 0 → uniform weights; wv picks column 0 into both outputs → each output is mean of x[:,0]
    const zero = [
      [0, 0],
      [0, 0],
    ];
    const wv = [
      [1, 1],
      [0, 0],
    ];
    const { output } = multiHeadAttention([[2, 9], [4, 9]], { wq: zero, wk: zero, wv, wo: I2, numHeads: 1 });
    expectCloseMatrix(output, [
      [3, 3],
      [3, 3],
    ], 15);
  });

  it('rejects numHeads that does not divide d and weights of the wrong shape', () => {
    const I4 = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1 : 0)));
    const x = [[1, 2, 3, 4]];
    expect(() => multiHeadAttention(x, { wq: I4, wk: I4, wv: I4, wo: I4, numHeads: 3 })).toThrow(
      new RangeError('numHeads must divide d (4), got 3'),
    );
    expect(() => multiHeadAttention(x, { wq: I2, wk: I4, wv: I4, wo: I4, numHeads: 2 })).toThrow(/wq must have 4 rows/);
    expect(() => multiHeadAttention(x, { wq: I4, wk: I4, wv: I4, wo: I4, numHeads: 0 })).toThrow(/numHeads/);
  });
});
