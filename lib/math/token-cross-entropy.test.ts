import { describe, expect, it } from 'vitest';
import { crossEntropyFromLogits } from './cross-entropy';
import { softmax } from './softmax';
import { expectCloseMatrix } from './test-helpers';
import { tokenCrossEntropy } from './token-cross-entropy';

describe('tokenCrossEntropy', () => {
  it('without options it is the mean of crossEntropyFromLogits, gradient (p − onehot)/T', () => {
    const logits = [[2, 0, -1], [0.5, 0.5, 3]];
    const r = tokenCrossEntropy(logits, [0, 1]);
    expect(r.loss).toBeCloseTo((crossEntropyFromLogits(logits[0], 0) + crossEntropyFromLogits(logits[1], 1)) / 2, 14);
    const p = logits.map(softmax);
    expectCloseMatrix(r.gradient, [p[0].map((v, i) => (v - (i === 0 ? 1 : 0)) / 2), p[1].map((v, i) => (v - (i === 1 ? 1 : 0)) / 2)], 14);
  });

  it('ignored positions add nothing and do not count in the mean', () => {
    const r = tokenCrossEntropy([[1, 2], [9, -9], [0, 0]], [1, -100, 0], { ignoreIndex: -100 });
    expect(r.loss).toBeCloseTo((Math.log(1 + Math.exp(-1)) + Math.LN2) / 2, 14);
    expect(r.gradient[1]).toEqual([0, 0]);
  });

  it('label smoothing ε: uniform logits over V give ln V whatever ε', () => {
    expect(tokenCrossEntropy([[0, 0, 0, 0]], [2], { labelSmoothing: 0.1 }).loss).toBeCloseTo(Math.log(4), 14);
  });

  it('label smoothing: (1 − ε)(−log p_y) + ε · mean_i(−log p_i), gradient p − q', () => {
    const z = [3, 1, 0];
    const p = softmax(z);
    const eps = 0.2;
    const want = (1 - eps) * -Math.log(p[0]) + (eps * p.reduce((s, v) => s - Math.log(v), 0)) / 3;
    const r = tokenCrossEntropy([z], [0], { labelSmoothing: eps });
    expect(r.loss).toBeCloseTo(want, 14);
    expectCloseMatrix(r.gradient, [[p[0] - (0.8 + 0.2 / 3), p[1] - 0.2 / 3, p[2] - 0.2 / 3]], 14);
  });

  it('matches finite differences of the loss', () => {
    const logits = [[0.3, -1, 2], [1, 1, 0.5]];
    const options = { labelSmoothing: 0.1, ignoreIndex: 7 };
    const { gradient } = tokenCrossEntropy(logits, [2, 0], options);
    const h = 1e-6;
    logits.forEach((row, t) =>
      row.forEach((_, i) => {
        const bump = (d: number) => logits.map((r, u) => r.map((v, j) => (u === t && j === i ? v + d : v)));
        const numeric = (tokenCrossEntropy(bump(h), [2, 0], options).loss - tokenCrossEntropy(bump(-h), [2, 0], options).loss) / (2 * h);
        expect(gradient[t][i]).toBeCloseTo(numeric, 8);
      }),
    );
  });

  it('stays finite for logits of ±1000 with smoothing, and refuses all-ignored targets or ε = 1', () => {
    expect(Number.isFinite(tokenCrossEntropy([[1000, -1000]], [0], { labelSmoothing: 0.1 }).loss)).toBe(true);
    expect(() => tokenCrossEntropy([[1, 2]], [-1], { ignoreIndex: -1 })).toThrow(/ignoreIndex/);
    expect(() => tokenCrossEntropy([[1, 2]], [0], { labelSmoothing: 1 })).toThrow(/labelSmoothing/);
    expect(() => tokenCrossEntropy([[1, 2]], [2])).toThrow(/targets\[0\]/);
  });
});
