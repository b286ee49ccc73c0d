import { describe, expect, it } from 'vitest';
import { beamSearch, perplexity, perplexityFromLoss, temperatureSoftmax, topKFilter, topPFilter } from './decoding';
import { softmax } from './softmax';
import { expectCloseVector } from './test-helpers';

describe('temperatureSoftmax', () => {
  it('is softmax(z / T)', () => {
    expectCloseVector(temperatureSoftmax([2, 1, 0], 1), softmax([2, 1, 0]), 15);
    expectCloseVector(temperatureSoftmax([2, 1, 0], 0.5), softmax([4, 2, 0]), 15);
    expectCloseVector(temperatureSoftmax([2, 1, 0], 2), softmax([1, 0.5, 0]), 15);
  });

  it('tends to one-hot as T → 0 and to uniform as T grows', () => {
    expect(temperatureSoftmax([2, 1, 0], 0.01)[0]).toBeCloseTo(1, 12);
    expectCloseVector(temperatureSoftmax([2, 1, 0], 1e6), [1 / 3, 1 / 3, 1 / 3], 5);
  });

  it('rejects T ≤ 0', () => {
    expect(() => temperatureSoftmax([1, 2], 0)).toThrow(/temperature/);
  });
});

describe('topKFilter and topPFilter', () => {
  const probs = [0.05, 0.5, 0.2, 0.15, 0.1];

  it('top-k keeps the k most probable and renormalises', () => {
    expectCloseVector(topKFilter(probs, 2), [0, 0.5 / 0.7, 0.2 / 0.7, 0, 0], 15);
    expectCloseVector(topKFilter(probs, 5), probs, 15);
  });

  it('top-p keeps the smallest prefix reaching p', () => {
    // 0.5 + 0.2 = 0.7 < 0.8; + 0.15 = 0.85 ≥ 0.8
    expectCloseVector(topPFilter(probs, 0.8), [0, 0.5 / 0.85, 0.2 / 0.85, 0.15 / 0.85, 0], 15);
    expectCloseVector(topPFilter(probs, 0.5), [0, 1, 0, 0, 0], 15);
    expectCloseVector(topPFilter(probs, 1), probs, 15);
  });

  it('top-p keeps fewer tokens when the model is confident', () => {
    const confident = [0.9, 0.05, 0.03, 0.02];
    const unsure = [0.3, 0.25, 0.25, 0.2];
    expect(topPFilter(confident, 0.9).filter((p) => p > 0)).toHaveLength(1);
    expect(topPFilter(unsure, 0.9).filter((p) => p > 0)).toHaveLength(4);
  });

  it('rejects invalid input', () => {
    expect(() => topKFilter([0.5, 0.4], 1)).toThrow(/sum to 1/);
    expect(() => topPFilter(probs, 0)).toThrow(/p must/);
    expect(() => topKFilter(probs, 6)).toThrow(RangeError);
  });
});

describe('perplexity', () => {
  it('is exp of the mean negative log-probability', () => {
    expect(perplexity([0.25, 0.25, 0.25])).toBeCloseTo(4, 12);
    expect(perplexity([0.5, 0.125])).toBeCloseTo(4, 12);
    expect(perplexity([1])).toBe(1);
  });

  it('equals exp(nats) and 2^bits of the same loss', () => {
    expect(perplexityFromLoss(Math.log(10))).toBeCloseTo(10, 12);
    expect(perplexityFromLoss(3, 'bits')).toBe(8);
    expect(perplexityFromLoss(3 * Math.LN2)).toBeCloseTo(8, 12);
  });

  it('rejects zero probabilities and negative losses', () => {
    expect(() => perplexity([0.5, 0])).toThrow(/tokenProbs\[1\]/);
    expect(() => perplexityFromLoss(-1)).toThrow(/loss/);
  });
});

describe('beamSearch', () => {
  // greedy takes A (0.5) then at best 0.4 → 0.20; B (0.4) then 0.9 → 0.36 is better
  const table = {
    '': [0.5, 0.4, 0.1],
    '0': [0.4, 0.3, 0.3],
    '1': [0.9, 0.05, 0.05],
    '2': [1, 0, 0],
  };

  it('with width 1 is greedy and can miss the most probable sequence', () => {
    const [greedy] = beamSearch(table, 1, 2);
    expect(greedy.tokens).toEqual([0, 0]);
    expect(Math.exp(greedy.logProb)).toBeCloseTo(0.2, 12);
  });

  it('with width 2 finds it', () => {
    const beams = beamSearch(table, 2, 2);
    expect(beams[0].tokens).toEqual([1, 0]);
    expect(Math.exp(beams[0].logProb)).toBeCloseTo(0.36, 12);
    expect(beams).toHaveLength(2);
  });

  it('reports a missing prefix', () => {
    expect(() => beamSearch({ '': [1] }, 1, 2)).toThrow(/prefix "0"/);
  });

  it('never keeps a zero-probability token, even when the width leaves room for one', () => {
    const beams = beamSearch({ '': [0.5, 0.5, 0], '0': [1, 0, 0], '1': [0.25, 0.75] }, 64, 2);
    // 0.5·1, 0.5·0.75, 0.5·0.25; the 0 of '' and of '0', and the token '1' lacks, never appear
    expect(beams.map((b) => b.tokens)).toEqual([[0, 0], [1, 1], [1, 0]]);
    expect(beams.map((b) => Math.exp(b.logProb))).toEqual([0.5, 0.375, 0.125].map((p) => expect.closeTo(p, 12)));
  });
});
