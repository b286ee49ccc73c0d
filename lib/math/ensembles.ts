import type { Matrix, MatrixLike, VectorLike } from './types';
import { checkMatrix, normalizeWeights } from './validate';

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
