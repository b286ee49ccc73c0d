import { describe, expect, it } from 'vitest';
import { onlineSoftmaxAttention } from './online-softmax';
import { mergeSoftmaxStates, softmaxState } from './softmax-state';
import { expectCloseVector } from './test-helpers';

const SCORES = [1, 3, 0.5, 4, -2, 2];
const VALUES = [[1, 0], [0, 1], [2, 2], [-1, 1], [3, 0], [0.5, 0.5]];
const out = (s: { l: number; acc: number[] }) => s.acc.map((a) => a / s.l);

describe('softmaxState and mergeSoftmaxStates', () => {
  it('a slice state: m = 3, ℓ = e^{-2} + 1, acc = e^{-2}·[1, 0] + [0, 1]', () => {
    const s = softmaxState([1, 3], [[1, 0], [0, 1]]);
    expect(s.m).toBe(3);
    expect(s.l).toBeCloseTo(Math.exp(-2) + 1, 15);
    expectCloseVector(s.acc, [Math.exp(-2), 1], 15);
  });

  it('merging the halves gives the state of the whole, and the same output as the online recurrence', () => {
    const merged = mergeSoftmaxStates(softmaxState(SCORES.slice(0, 3), VALUES.slice(0, 3)), softmaxState(SCORES.slice(3), VALUES.slice(3)));
    const whole = softmaxState(SCORES, VALUES);
    expect(merged.m).toBe(4);
    expect(merged.l).toBeCloseTo(whole.l, 14);
    expectCloseVector(merged.acc, whole.acc, 14);
    expectCloseVector(out(merged), onlineSoftmaxAttention(SCORES, VALUES, 2).output, 14);
  });

  it('is symmetric and associative', () => {
    const parts = [0, 2, 4].map((i) => softmaxState(SCORES.slice(i, i + 2), VALUES.slice(i, i + 2)));
    const left = mergeSoftmaxStates(mergeSoftmaxStates(parts[0], parts[1]), parts[2]);
    const right = mergeSoftmaxStates(parts[0], mergeSoftmaxStates(parts[2], parts[1]));
    expect(left.l).toBeCloseTo(right.l, 14);
    expectCloseVector(left.acc, right.acc, 14);
  });

  it('keeps scores of 1000 finite and refuses empty or mismatched states', () => {
    const merged = mergeSoftmaxStates(softmaxState([1000], [[1]]), softmaxState([1001], [[3]]));
    expect(merged.m).toBe(1001);
    expectCloseVector(out(merged), [(Math.exp(-1) + 3) / (Math.exp(-1) + 1)], 14);
    expect(() => mergeSoftmaxStates({ m: -Infinity, l: 0, acc: [0] }, softmaxState([1], [[1]]))).toThrow(/a\.m/);
    expect(() => mergeSoftmaxStates(softmaxState([1], [[1]]), softmaxState([1], [[1, 2]]))).toThrow(/length 1/);
  });
});
