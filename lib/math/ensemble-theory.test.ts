import { describe, expect, it } from 'vitest';
import {
  ensembleCost,
  expectedOutOfBagMembers,
  featuresPerSplit,
  gossSampling,
  majorityVoteAccuracy,
  outOfBagProbability,
  stackingFits,
  xgboostLeafWeight,
  xgboostSplitGain,
} from './ensemble-theory';
import { createRandom } from './random';

describe('outOfBagProbability', () => {
  it('is (1 − 1/n)^n and tends to 1/e', () => {
    expect(outOfBagProbability(1)).toBe(0);
    expect(outOfBagProbability(2)).toBeCloseTo(0.25, 12);
    expect(outOfBagProbability(10)).toBeCloseTo(0.9 ** 10, 12);
    expect(outOfBagProbability(1_000_000)).toBeCloseTo(Math.exp(-1), 6);
    expect(outOfBagProbability(100)).toBeCloseTo(0.366032, 6);
  });
  it('matches a simulated bootstrap', () => {
    const rng = createRandom(7);
    const n = 50;
    let out = 0;
    const trials = 20000;
    for (let t = 0; t < trials; t++) {
      let seen = false;
      for (let d = 0; d < n; d++) if (rng.int(n) === 0) seen = true;
      if (!seen) out++;
    }
    expect(out / trials).toBeCloseTo(outOfBagProbability(n), 2);
  });
  it('counts the members that leave a point out', () => {
    expect(expectedOutOfBagMembers(10, 100)).toBeCloseTo(100 * 0.9 ** 10, 10);
    expect(() => expectedOutOfBagMembers(10, 0)).toThrow(/members/);
    expect(() => outOfBagProbability(0)).toThrow(/n must be an integer ≥ 1/);
  });
});

describe('majorityVoteAccuracy', () => {
  it('sums the binomial tail above M/2', () => {
    // M = 3: p³ + 3p²(1 − p)
    expect(majorityVoteAccuracy(0.7, 3)).toBeCloseTo(0.343 + 3 * 0.49 * 0.3, 12);
    expect(majorityVoteAccuracy(0.6, 1)).toBeCloseTo(0.6, 12);
    // M = 5, p = 0.6: 0.6⁵ + 5·0.6⁴·0.4 + 10·0.6³·0.4²
    expect(majorityVoteAccuracy(0.6, 5)).toBeCloseTo(0.07776 + 0.2592 + 0.3456, 12);
  });
  it('breaks an even tie with a fair coin', () => {
    // M = 2: both right p², one right 2p(1 − p) counts half → p
    expect(majorityVoteAccuracy(0.7, 2)).toBeCloseTo(0.7, 12);
    // M = 4: p⁴ + 4p³q + ½·6p²q²
    const p = 0.6;
    const q = 0.4;
    expect(majorityVoteAccuracy(p, 4)).toBeCloseTo(p ** 4 + 4 * p ** 3 * q + 3 * p * p * q * q, 12);
  });
  it('rises towards 1 for p > 1/2 and falls towards 0 for p < 1/2 (Condorcet)', () => {
    const up = [1, 11, 101, 1001].map((m) => majorityVoteAccuracy(0.6, m));
    const down = [1, 11, 101, 1001].map((m) => majorityVoteAccuracy(0.4, m));
    for (let i = 1; i < up.length; i++) {
      expect(up[i]).toBeGreaterThan(up[i - 1]);
      expect(down[i]).toBeLessThan(down[i - 1]);
    }
    expect(up[3]).toBeGreaterThan(0.999);
    expect(down[3]).toBeLessThan(0.001);
    expect(majorityVoteAccuracy(0.5, 101)).toBeCloseTo(0.5, 12);
    // symmetric: P(majority right | p) + P(majority right | 1 − p) = 1 for odd M
    expect(majorityVoteAccuracy(0.3, 21) + majorityVoteAccuracy(0.7, 21)).toBeCloseTo(1, 12);
  });
  it('does not underflow for many voters and handles p = 0 or 1', () => {
    expect(majorityVoteAccuracy(0.51, 20001)).toBeGreaterThan(0.99);
    expect(majorityVoteAccuracy(1, 4)).toBe(1);
    expect(majorityVoteAccuracy(0, 5)).toBe(0);
    expect(() => majorityVoteAccuracy(1.2, 3)).toThrow(/p must be in \[0, 1\]/);
    expect(() => majorityVoteAccuracy(0.6, 0)).toThrow(/voters/);
  });
});

describe('XGBoost leaf weight and split gain', () => {
  it('is −G/(H + λ)', () => {
    expect(xgboostLeafWeight(-6, 4, 1)).toBeCloseTo(1.2, 12);
    expect(xgboostLeafWeight(3, 2, 0)).toBeCloseTo(-1.5, 12);
  });
  it('equals the drop in the second-order objective −½ G²/(H + λ) + γT', () => {
    const s = { gradLeft: -6, hessLeft: 4, gradRight: 4, hessRight: 6, lambda: 1, gamma: 0.5 };
    const objective = (g: number, h: number) => -0.5 * ((g * g) / (h + s.lambda));
    const parent = objective(s.gradLeft + s.gradRight, s.hessLeft + s.hessRight) + s.gamma;
    const children = objective(s.gradLeft, s.hessLeft) + objective(s.gradRight, s.hessRight) + 2 * s.gamma;
    expect(xgboostSplitGain(s)).toBeCloseTo(parent - children, 12);
    // by hand: ½(36/5 + 16/7 − 4/11) − 0.5
    expect(xgboostSplitGain(s)).toBeCloseTo(0.5 * (36 / 5 + 16 / 7 - 4 / 11) - 0.5, 12);
  });
  it('is never positive without γ when both sides push the same way in proportion', () => {
    // G/H equal on both sides: the split changes no leaf weight, gain 0 at λ = 0
    expect(xgboostSplitGain({ gradLeft: 2, hessLeft: 1, gradRight: 4, hessRight: 2, lambda: 0, gamma: 0 })).toBeCloseTo(0, 12);
  });
  it('rejects a leaf with no curvature and no penalty', () => {
    expect(() => xgboostLeafWeight(1, 0, 0)).toThrow(/hess \+ lambda must be > 0/);
    expect(() => xgboostSplitGain({ gradLeft: 1, hessLeft: -1, gradRight: 0, hessRight: 1, lambda: 1, gamma: 0 })).toThrow(/hessLeft/);
  });
});

describe('gossSampling', () => {
  it('uses a + b of the rows and up-weights the sampled rest by (1 − a)/b', () => {
    expect(gossSampling(0.2, 0.1)).toEqual({ usedShare: expect.closeTo(0.3, 12), smallGradientWeight: expect.closeTo(8, 12) });
    expect(() => gossSampling(0.8, 0.5)).toThrow(/≤ 1/);
  });
});

describe('featuresPerSplit', () => {
  it('applies the usual rules with at least one candidate', () => {
    expect(featuresPerSplit(100, 'sqrt')).toEqual({ candidates: 10, excludedShare: 0.9 });
    expect(featuresPerSplit(10, 'sqrt').candidates).toBe(3);
    expect(featuresPerSplit(30, 'third').candidates).toBe(10);
    expect(featuresPerSplit(1000, 'log2').candidates).toBe(9);
    expect(featuresPerSplit(2, 'third').candidates).toBe(1);
    expect(featuresPerSplit(7, 'all')).toEqual({ candidates: 7, excludedShare: 0 });
    expect(() => featuresPerSplit(10, 'half' as never)).toThrow(/rule/);
  });
});

describe('stackingFits and ensembleCost', () => {
  it('counts K out-of-fold fits plus one refit per base model', () => {
    expect(stackingFits(3, 5)).toBe(18);
    expect(() => stackingFits(3, 1)).toThrow(/folds/);
  });
  it('scales parameters, bytes and FLOPs by M', () => {
    expect(ensembleCost(5, 7e9, 2)).toEqual({ parameters: 35e9, weightBytes: 70e9, flopsPerInput: 70e9 });
    expect(() => ensembleCost(0, 1, 1)).toThrow(/members/);
  });
});
