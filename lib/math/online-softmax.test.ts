import { describe, expect, it } from 'vitest';
import { onlineSoftmaxAttention } from './online-softmax';
import { softmax } from './softmax';

const SCORES = [1, 3, 0.5, 4, -2, 2];
const VALUES = [[1, 0], [0, 1], [2, 2], [-1, 1], [3, 0], [0.5, 0.5]];

function exact(scores: number[], values: number[][]): number[] {
  const p = softmax(scores);
  return values[0].map((_, c) => values.reduce((s, v, j) => s + p[j] * v[c], 0));
}

describe('onlineSoftmaxAttention', () => {
  it.each([1, 2, 4, 6])('equals softmax-weighted values with blocks of %i', (block) => {
    const { output } = onlineSoftmaxAttention(SCORES, VALUES, block);
    const want = exact(SCORES, VALUES);
    output.forEach((x, c) => expect(x).toBeCloseTo(want[c], 12));
  });

  it('rescales when a block raises the max: m and ℓ after each block of 2', () => {
    const { steps } = onlineSoftmaxAttention(SCORES, VALUES, 2);
    expect(steps.map((s) => s.m)).toEqual([3, 4, 4]);
    expect(steps[0].l).toBeCloseTo(Math.exp(-2) + 1, 12);
    // block 2 raises m from 3 to 4: the old ℓ is multiplied by e^{-1}
    expect(steps[1].l).toBeCloseTo((Math.exp(-2) + 1) * Math.exp(-1) + Math.exp(-3.5) + 1, 12);
  });

  it('refuses a block size of 0 and values of the wrong length', () => {
    expect(() => onlineSoftmaxAttention(SCORES, VALUES, 0)).toThrow(/blockSize/);
    expect(() => onlineSoftmaxAttention(SCORES, VALUES.slice(1), 2)).toThrow(/rows/);
  });
});
