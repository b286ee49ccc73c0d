import { describe, expect, it } from 'vitest';
import { adaBoost, fitDecisionTree, treePredict, treeProbs } from './boosting';
import { bootstrapCounts, outOfBag } from './bagging';
import { ensembleVariance, meanPairwiseCorrelation, populationVariance, softVote } from './ensembles';
import { createRandom } from './random';
import { fitSoftmaxRegression, foldAssignment, predictSoftmaxRegression } from './stacking';

describe('ensembleVariance', () => {
  it('is ρσ² + (1 − ρ)σ²/M', () => {
    expect(ensembleVariance(0.3, 1, 1)).toBeCloseTo(1, 12);
    expect(ensembleVariance(0.3, 1, 10)).toBeCloseTo(0.3 + 0.07, 12);
    expect(ensembleVariance(0, 2, 4)).toBeCloseTo(0.5, 12);
    expect(ensembleVariance(1, 2, 50)).toBeCloseTo(2, 12);
  });
  it('equals the measured variance of the mean of equicorrelated variables', () => {
    // f_m = sqrt(ρ)·z + sqrt(1−ρ)·e_m: variance 1, pairwise correlation ρ
    const rng = createRandom(3);
    const rho = 0.4;
    const M = 5;
    const means = Array.from({ length: 40000 }, () => {
      const z = rng.normal();
      let sum = 0;
      for (let m = 0; m < M; m++) sum += Math.sqrt(rho) * z + Math.sqrt(1 - rho) * rng.normal();
      return sum / M;
    });
    expect(populationVariance(means)).toBeCloseTo(ensembleVariance(rho, 1, M), 1);
  });
  it('rejects bad arguments', () => {
    expect(() => ensembleVariance(1.5, 1, 2)).toThrow(/rho/);
    expect(() => ensembleVariance(0.5, -1, 2)).toThrow(/variance/);
    expect(() => ensembleVariance(0.5, 1, 0)).toThrow(/members/);
  });
});

describe('meanPairwiseCorrelation', () => {
  it('averages Pearson correlations over pairs and skips constant rows', () => {
    expect(meanPairwiseCorrelation([[1, 2, 3], [2, 4, 6]])).toBeCloseTo(1, 12);
    expect(meanPairwiseCorrelation([[1, 2, 3], [3, 2, 1]])).toBeCloseTo(-1, 12);
    // pairs: (a,b)=1, (a,c)=−1, (b,c)=−1 → −1/3; the constant row d is skipped
    expect(meanPairwiseCorrelation([[1, 2, 3], [2, 4, 6], [3, 2, 1], [5, 5, 5]])).toBeCloseTo(-1 / 3, 12);
    expect(meanPairwiseCorrelation([[1, 2, 3]])).toBe(0);
  });
});

describe('bootstrapCounts and outOfBag', () => {
  it('draws n times with replacement; about e⁻¹ of points are out of bag', () => {
    const counts = bootstrapCounts(5000, createRandom(1));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    const out = counts.filter((c) => c === 0).length / 5000;
    expect(out).toBeGreaterThan(0.35);
    expect(out).toBeLessThan(0.386);
  });
  it('draws only from the pool', () => {
    const counts = bootstrapCounts(6, createRandom(2), [1, 3], 10);
    expect(counts[0] + counts[2] + counts[4] + counts[5]).toBe(0);
    expect(counts[1] + counts[3]).toBe(10);
  });
  it('votes each point with the members that left it out', () => {
    const probs = [
      [[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]],
      [[0.3, 0.7], [0.4, 0.6], [0.1, 0.9]],
    ];
    const counts = [[0, 1, 0], [0, 1, 2]];
    const r = outOfBag(probs, counts, [0, 1, 1]);
    // point 0: both out → mean (0.6, 0.4) → 0 ✓; point 1: none; point 2: member 0 only → 0 ✗
    expect(r.predictions).toEqual([0, -1, 0]);
    expect(r.covered).toBe(2);
    expect(r.accuracy).toBe(0.5);
    expect(softVote([[probs[0][0]], [probs[1][0]]])[0][0]).toBeCloseTo(0.6, 12);
  });
});

describe('decision trees and AdaBoost', () => {
  const points = [[-0.8], [-0.5], [-0.2], [0.1], [0.4], [0.9]];
  it('a stump picks the split with the least weighted error', () => {
    const stump = fitDecisionTree(points, [0, 0, 0, 1, 1, 1], [1, 1, 1, 1, 1, 1], 2, 1);
    expect(stump).toMatchObject({ kind: 'split', feature: 0, threshold: expect.closeTo(-0.05, 12) as unknown as number });
    expect(points.map((p) => treePredict(stump, p))).toEqual([0, 0, 0, 1, 1, 1]);
    // heavy weight on the odd point moves the split
    const weighted = fitDecisionTree(points, [0, 0, 1, 0, 1, 1], [1, 1, 10, 1, 1, 1], 2, 1);
    expect(treePredict(weighted, [-0.2])).toBe(1);
    expect(treeProbs(weighted, [0.9])[1]).toBeGreaterThan(0.5);
  });
  it('AdaBoost.M1: ε₁, α₁ = ln((1 − ε)/ε) and the re-weighting by hand', () => {
    // one stump can get at most 5 of 6 right (label pattern 0 0 1 0 1 1)
    const labels = [0, 0, 1, 0, 1, 1];
    const rounds = adaBoost(points, labels, 2, { rounds: 3, depth: 1 });
    expect(rounds[0].error).toBeCloseTo(1 / 6, 12);
    expect(rounds[0].alpha).toBeCloseTo(Math.log(5), 12);
    // after round 1 the misclassified point holds half the weight, so round 2's error is < 1/2 on a new split
    expect(rounds[1].error).toBeLessThan(0.5);
    const score = (p: number[]) => {
      const votes = [0, 0];
      rounds.forEach((r) => (votes[treePredict(r.tree, p)] += r.alpha));
      return votes[1] > votes[0] ? 1 : 0;
    };
    expect(points.map(score)).toEqual(labels);
  });
  it('stops when the learner is no better than chance', () => {
    expect(adaBoost([[0], [0]], [0, 1], 2, { rounds: 5, depth: 1 })).toEqual([]);
  });
});

describe('stacking helpers', () => {
  it('assigns folds round-robin', () => {
    expect(foldAssignment(7, 3)).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(() => foldAssignment(3, 1)).toThrow(/k/);
  });
  it('softmax regression learns a separable rule and its gradient step matches a hand computation', () => {
    const x = [[0], [1]];
    const one = fitSoftmaxRegression(x, [0, 1], 2, { iterations: 1, learningRate: 1, l2: 0 });
    // from W = 0: P = 1/2 everywhere; grad_w[c] = mean_s x_s (1/2 − y_sc) = (0 + (1/2 − [c=1]))/2
    expect(one.weights[0][0]).toBeCloseTo(-0.25, 12);
    expect(one.weights[0][1]).toBeCloseTo(0.25, 12);
    expect(one.weights[1][0]).toBeCloseTo(0, 12);
    const model = fitSoftmaxRegression(x, [0, 1], 2, { iterations: 500, learningRate: 1 });
    const p = predictSoftmaxRegression(model, x);
    expect(p[0][0]).toBeGreaterThan(0.7);
    expect(p[1][1]).toBeGreaterThan(0.7);
  });
});
