import { describe, expect, it } from 'vitest';
import { gshardAuxLoss } from './gshard';
import { deepFreeze } from './test-helpers';

describe('gshardAuxLoss', () => {
  it('is (1/E) Σ_e (c_e / S) · m_e with c_e counting first choices', () => {
    // first choices [0, 1, 0] → c = [2, 1]; m = [1.9/3, 1.1/3]; (1/2)(2/3 · 1.9/3 + 1/3 · 1.1/3) = 4.9/18
    const probs = deepFreeze([
      [0.7, 0.3],
      [0.4, 0.6],
      [0.8, 0.2],
    ]);
    expect(gshardAuxLoss(probs)).toBeCloseTo(4.9 / 18, 15);
  });

  it('gives 1/E² for balanced routing and 1/E for collapse onto one confident expert', () => {
    expect(gshardAuxLoss([[0.9, 0.1], [0.1, 0.9]])).toBeCloseTo(0.25, 15);
    const balanced4 = [0, 1, 2, 3].map((e) => [0, 1, 2, 3].map((j) => (j === e ? 0.7 : 0.1)));
    expect(gshardAuxLoss(balanced4)).toBeCloseTo(1 / 16, 15);
    expect(gshardAuxLoss([[1, 0, 0], [1, 0, 0]])).toBeCloseTo(1 / 3, 15);
  });

  it('breaks first-choice ties towards the lower expert id', () => {
    // both tokens tie → c = [2, 0], m = [0.5, 0.5] → (1/2)(1 · 0.5) = 0.25
    expect(gshardAuxLoss([[0.5, 0.5], [0.5, 0.5]])).toBeCloseTo(0.25, 15);
  });

  it('rejects an empty or ragged matrix', () => {
    expect(() => gshardAuxLoss([])).toThrow(RangeError);
    expect(() => gshardAuxLoss([[0.5, 0.5], [1]])).toThrow(/probs\[1\]/);
  });
});
