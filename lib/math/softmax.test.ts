import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logSumExp, softmax, softmaxRows } from './softmax';
import { deepFreeze, expectCloseVector } from './test-helpers';

describe('softmax', () => {
  it('matches e^z / Σ e^z on a worked example', () => {
    // e^1 : e^2 : e^3 = 2.718… : 7.389… : 20.085…, total 30.193…
    expectCloseVector(softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479767, 0.6652409557748219], 15);
  });

  it('is stable for very large logits (subtracts the max)', () => {
    expectCloseVector(softmax([1e4, 1e4 + 1, 1e4 + 2]), softmax([0, 1, 2]), 14);
    expectCloseVector(softmax([-1e4, 0, 1e4]), [0, 0, 1], 15);
    expectCloseVector(softmax([1e4, 1e4]), [0.5, 0.5], 15);
  });

  it('gives −∞ entries probability exactly 0 and equal logits equal probabilities', () => {
    const p = softmax([-Infinity, 0, 0]);
    expect(p[0]).toBe(0);
    expectCloseVector(p, [0, 0.5, 0.5], 15);
    expectCloseVector(softmax([7, 7, 7, 7]), [0.25, 0.25, 0.25, 0.25], 15);
  });

  it('rejects empty, NaN, +∞ and all −∞ input with a RangeError naming x', () => {
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([1, Number.NaN])).toThrow(/x\[1\]/);
    expect(() => softmax([Infinity, 0])).toThrow(RangeError);
    expect(() => softmax([-Infinity, -Infinity])).toThrow(/x must contain at least one finite value/);
  });

  it('never mutates its input', () => {
    const x = deepFreeze([3, 1, 2]);
    softmax(x);
    expect(x).toEqual([3, 1, 2]);
  });

  it('property: every softmax is a distribution (entries in [0, 1], sum 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 20 }), (x) => {
        const p = softmax(x);
        expect(p.every((v) => v >= 0 && v <= 1)).toBe(true);
        expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('softmaxRows', () => {
  it('applies softmax to each row', () => {
    const rows = softmaxRows([
      [1, 2, 3],
      [0, 0, Math.log(2)],
    ]);
    expectCloseVector(rows[0], softmax([1, 2, 3]), 15);
    expectCloseVector(rows[1], [0.25, 0.25, 0.5], 15);
  });

  it('rejects ragged and empty matrices', () => {
    expect(() => softmaxRows([[1, 2], [3]])).toThrow(/m\[1\] must have 2 columns, got 1/);
    expect(() => softmaxRows([])).toThrow(RangeError);
    expect(() => softmaxRows([[]])).toThrow(RangeError);
  });

  it('property: rows sum to 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.array(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: n, maxLength: n }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (m) => {
          for (const row of softmaxRows(m)) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});

describe('logSumExp', () => {
  it('matches log Σ e^z, stably for large values', () => {
    expect(logSumExp([1, 2, 3])).toBeCloseTo(3.4076059644443806, 14);
    expect(logSumExp([1e4, 1e4])).toBeCloseTo(1e4 + Math.LN2, 10);
    expect(logSumExp([-1e4, -1e4])).toBeCloseTo(-1e4 + Math.LN2, 10);
    expect(logSumExp([0, -Infinity])).toBe(0);
    expect(logSumExp([-Infinity])).toBe(-Infinity);
  });
});
