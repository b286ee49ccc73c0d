import { describe, expect, it } from 'vitest';
import { fitSoftmaxRegression, hardVote, predictSoftmaxRegression, softVote, weightedAverage } from '@/lib/math';
import { combine, fitMeta, stackFeatures, unflatten } from './combine';
import { varianceFigures } from './view';

const probs = [
  [[0.9, 0.1], [0.4, 0.6], [0.3, 0.7]],
  [[0.6, 0.4], [0.45, 0.55], [0.8, 0.2]],
  [[0.2, 0.8], [0.7, 0.3], [0.35, 0.65]],
];
const weights = [0.5, 0.3, 0.9];

describe('combine', () => {
  it('unflattens member-major probabilities', () => {
    const flat = Float32Array.from(probs.flat(2));
    expect(unflatten(flat, 2, 3, 2)[1][2][0]).toBeCloseTo(0.8, 6);
    expect(unflatten(flat, 3, 3, 2)).toHaveLength(3);
  });

  it('hard, soft and weighted equal lib/math hardVote, softVote and weightedAverage', () => {
    expect(combine('hard', probs, weights).labels).toEqual(hardVote([[0, 1, 1], [0, 1, 0], [1, 0, 1]]));
    expect(combine('hard', probs, weights).labels).toEqual([0, 1, 1]);
    const soft = combine('soft', probs, weights);
    expect(soft.probs).toEqual(softVote(probs));
    expect(soft.labels).toEqual([0, 0, 1]);
    const weighted = combine('weighted', probs, weights);
    const class1 = weightedAverage(probs.map((p) => p.map((r) => r[1])), weights);
    weighted.probs!.forEach((row, s) => expect(row[1]).toBeCloseTo(class1[s], 12));
    // the heavy third member flips sample 0: class-1 mean (0.5·0.1 + 0.3·0.4 + 0.9·0.8)/1.7 = 0.5235 → class 1
    expect(weighted.labels).toEqual([1, 0, 1]);
  });

  it('stacking applies the meta-learner to the concatenated member probabilities', () => {
    const labels = [0, 1, 1];
    const meta = fitMeta(probs, labels, 2);
    expect(meta).toEqual(fitSoftmaxRegression(stackFeatures(probs), labels, 2, { iterations: 150, learningRate: 1, l2: 1e-3 }));
    expect(stackFeatures(probs)[1]).toEqual([0.4, 0.6, 0.45, 0.55, 0.7, 0.3]);
    expect(combine('stacking', probs, weights, meta).probs).toEqual(predictSoftmaxRegression(meta, stackFeatures(probs)));
    expect(() => combine('stacking', probs, weights)).toThrow(/meta-learner/);
  });

  it('plugs the measured correlation into ρσ² + (1 − ρ)σ²/M', () => {
    expect(varianceFigures([probs[0]], [0, 1, 1])).toBeNull();
    // identical members: ρ = 1, so the formula and the measured variance both equal σ²
    const v = varianceFigures([probs[0], probs[0]], [0, 1, 1])!;
    expect(v.rho).toBeCloseTo(1, 12);
    expect(v.formula).toBeCloseTo(v.sigma2, 12);
    expect(v.measured).toBeCloseTo(v.sigma2, 12);
  });
});
