import { softmax } from './softmax';
import type { Matrix, MatrixLike, VectorLike } from './types';
import { checkInteger, checkMatrix, checkPositive } from './validate';

/**
 * Fold of each of `n` samples for k-fold cross-validation: sample i goes to fold i mod k, so folds
 * differ in size by at most one (shuffle the data first; the lab's datasets are shuffled).
 */
export function foldAssignment(n: number, k: number): number[] {
  checkInteger(n, 'n', 1);
  checkInteger(k, 'k', 2, n);
  return Array.from({ length: n }, (_, i) => i % k);
}

/** A multinomial logistic regression: `weights` is (features + 1) × classes, the last row the bias. */
export interface SoftmaxRegression {
  weights: Matrix;
}

/** Class probabilities (samples × classes) of a softmax regression on `features` (samples × features). */
export function predictSoftmaxRegression(model: SoftmaxRegression, features: MatrixLike): Matrix {
  const { cols } = checkMatrix(features, 'features');
  if (model.weights.length !== cols + 1) throw new RangeError(`features must have ${model.weights.length - 1} columns, got ${cols}`);
  const classes = model.weights[0].length;
  return features.map((x) =>
    softmax(Array.from({ length: classes }, (_, c) => x.reduce((sum, v, f) => sum + v * model.weights[f][c], model.weights[cols][c]))),
  );
}

/**
 * Fits a multinomial logistic regression (the stacking meta-learner) by full-batch gradient descent
 * from zero weights, minimising mean cross-entropy + (l2/2)·‖W‖² (bias not penalised).
 *
 * $$\nabla_W = \tfrac1n X_1^\top (P - Y) + \lambda W$$
 *
 * Deterministic: no random init, no shuffling.
 */
export function fitSoftmaxRegression(
  features: MatrixLike,
  labels: VectorLike,
  numClasses: number,
  options: { iterations?: number; learningRate?: number; l2?: number } = {},
): SoftmaxRegression {
  const { rows: n, cols } = checkMatrix(features, 'features');
  checkInteger(numClasses, 'numClasses', 2);
  if (labels.length !== n) throw new RangeError(`labels must have length ${n}, got ${labels.length}`);
  labels.forEach((y, i) => checkInteger(y, `labels[${i}]`, 0, numClasses - 1));
  const { iterations = 200, learningRate = 1, l2 = 1e-3 } = options;
  checkInteger(iterations, 'iterations', 1);
  checkPositive(learningRate, 'learningRate');
  // flat typed arrays: this runs on the page when the learner switches combiners
  const F = cols + 1;
  const x = new Float64Array(n * F);
  features.forEach((row, i) => {
    row.forEach((v, f) => (x[i * F + f] = v));
    x[i * F + cols] = 1;
  });
  const w = new Float64Array(F * numClasses);
  const grad = new Float64Array(F * numClasses);
  const z = new Float64Array(numClasses);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (let s = 0; s < n; s++) {
      let max = -Infinity;
      for (let c = 0; c < numClasses; c++) {
        let sum = 0;
        for (let f = 0; f < F; f++) sum += x[s * F + f] * w[f * numClasses + c];
        z[c] = sum;
        if (sum > max) max = sum;
      }
      let total = 0;
      for (let c = 0; c < numClasses; c++) total += (z[c] = Math.exp(z[c] - max));
      for (let c = 0; c < numClasses; c++) {
        const err = (z[c] / total - (labels[s] === c ? 1 : 0)) / n;
        for (let f = 0; f < F; f++) grad[f * numClasses + c] += x[s * F + f] * err;
      }
    }
    for (let f = 0; f < F; f++) {
      for (let c = 0; c < numClasses; c++) {
        const i = f * numClasses + c;
        w[i] -= learningRate * (grad[i] + (f < cols ? l2 * w[i] : 0));
      }
    }
  }
  const weights: Matrix = Array.from({ length: F }, (_, f) => Array.from(w.subarray(f * numClasses, (f + 1) * numClasses)));
  return { weights };
}
