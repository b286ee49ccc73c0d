import type { Matrix, MatrixLike, VectorLike } from './types';
import { checkInteger, checkMatrix, checkNonNegative, checkVector, normalizeWeights } from './validate';

function checkModels(models: readonly unknown[], name: string): number {
  if (!Array.isArray(models) || models.length === 0) throw new RangeError(`${name} must hold at least one model`);
  return models.length;
}

/**
 * Hard (plurality) voting: `predictions[m][s]` is model m's class id for sample s; returns the
 * class with the most (optionally weighted) votes per sample, ties to the lower class id
 * (scikit-learn's ascending-class-order rule).
 *
 * $$\hat y_s = \arg\max_c \sum_m w_m\, \mathbb 1[\hat y_{m,s} = c]$$
 *
 * Source: Breiman 1996, "Bagging predictors", Machine Learning 24(2):123–140 (plurality vote).
 */
export function hardVote(predictions: MatrixLike, weights?: VectorLike): number[] {
  const models = checkModels(predictions, 'predictions');
  const { cols: samples } = checkMatrix(predictions, 'predictions');
  predictions.forEach((row, m) =>
    row.forEach((c, s) => {
      if (!Number.isInteger(c) || c < 0) {
        throw new RangeError(`predictions[${m}][${s}] must be a class id (integer ≥ 0), got ${c}`);
      }
    }),
  );
  // the argmax ignores the weights' scale: count raw weights so equal votes tie exactly
  if (weights !== undefined) normalizeWeights(weights, 'weights', models);
  const w = weights ?? new Array<number>(models).fill(1);
  return Array.from({ length: samples }, (_, s) => {
    const votes = new Map<number, number>();
    predictions.forEach((row, m) => votes.set(row[s], (votes.get(row[s]) ?? 0) + w[m]));
    let best = -1;
    let bestVotes = -Infinity;
    for (const [c, count] of votes) {
      if (count > bestVotes || (count === bestVotes && c < best)) {
        best = c;
        bestVotes = count;
      }
    }
    return best;
  });
}

/**
 * Soft voting: the weighted mean of the models' class probabilities; `probs[m]` is samples ×
 * classes; `weights` (default equal) are normalised to sum 1. The predicted class is the row argmax.
 *
 * $$\bar p_{s,c} = \sum_m \frac{w_m}{\sum_{m'} w_{m'}}\, p^{(m)}_{s,c}$$
 *
 * Source: voting ensembles as in scikit-learn `VotingClassifier(voting="soft")`; FACTS A17.
 */
export function softVote(probs: readonly MatrixLike[], weights?: VectorLike): Matrix {
  const models = checkModels(probs, 'probs');
  const { rows, cols } = checkMatrix(probs[0], 'probs[0]');
  probs.forEach((p, m) => checkMatrix(p, `probs[${m}]`, { rows, cols }));
  const w = weights === undefined ? new Array<number>(models).fill(1 / models) : normalizeWeights(weights, 'weights', models);
  return Array.from({ length: rows }, (_, s) =>
    Array.from({ length: cols }, (_, c) => probs.reduce((sum, p, m) => sum + w[m] * p[s][c], 0)),
  );
}

/**
 * Weighted average of regression predictions: `preds[m][s]` is model m's prediction for sample s;
 * `weights` are normalised to sum 1.
 *
 * $$\hat y_s = \frac{\sum_m w_m \hat y_{m,s}}{\sum_m w_m}$$
 *
 * Source: Breiman 1996 (averaging for regression); FACTS A17.
 */
export function weightedAverage(preds: MatrixLike, weights: VectorLike): number[] {
  const models = checkModels(preds, 'preds');
  const { cols: samples } = checkMatrix(preds, 'preds');
  const w = normalizeWeights(weights, 'weights', models);
  return Array.from({ length: samples }, (_, s) => preds.reduce((sum, row, m) => sum + w[m] * row[s], 0));
}

/**
 * Variance of the average of M predictors that each have variance σ² and pairwise correlation ρ.
 *
 * $$\operatorname{Var}\Big(\frac1M\sum_{m=1}^M f_m\Big) = \rho\sigma^2 + \frac{1-\rho}{M}\sigma^2$$
 *
 * Source: FACTS A17 ("Why ensembles work"); e.g. Hastie, Tibshirani & Friedman, ESL §15.2.
 */
export function ensembleVariance(rho: number, variance: number, members: number): number {
  if (!(typeof rho === 'number' && rho >= -1 && rho <= 1)) throw new RangeError(`rho must be in [-1, 1], got ${String(rho)}`);
  checkNonNegative(variance, 'variance');
  checkInteger(members, 'members', 1);
  return rho * variance + ((1 - rho) * variance) / members;
}

/** Population variance (divide by n) of a non-empty vector. */
export function populationVariance(x: VectorLike): number {
  const n = checkVector(x, 'x');
  const mean = x.reduce((a, b) => a + b, 0) / n;
  return x.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
}

/**
 * Mean Pearson correlation over all pairs m < m' of the rows of `series` (series[m][s], e.g. model
 * m's error on sample s). Pairs where a row is constant have no correlation and are skipped; with
 * none left (or one row) the result is 0.
 */
export function meanPairwiseCorrelation(series: MatrixLike): number {
  checkModels(series, 'series');
  const { cols } = checkMatrix(series, 'series');
  const centred = series.map((row) => {
    const mean = row.reduce((a, b) => a + b, 0) / cols;
    const c = row.map((v) => v - mean);
    return { c, norm: Math.sqrt(c.reduce((a, b) => a + b * b, 0)) };
  });
  let sum = 0;
  let pairs = 0;
  for (let a = 0; a < centred.length; a++) {
    for (let b = a + 1; b < centred.length; b++) {
      const x = centred[a];
      const y = centred[b];
      if (x.norm === 0 || y.norm === 0) continue;
      sum += x.c.reduce((acc, v, s) => acc + v * y.c[s], 0) / (x.norm * y.norm);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}
