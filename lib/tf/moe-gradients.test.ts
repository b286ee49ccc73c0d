import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { createDenseClassifier, denseGradients, denseLoss } from './dense-classifier';
import { createMoeClassifier, disposeMoeClassifier, moeClassifierLoss, type MoeClassifierConfig } from './moe-classifier';
import { moeClassifierGradients } from './moe-gradients';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const BASE: MoeClassifierConfig = {
  inputDim: 2,
  numClasses: 3,
  numExperts: 5,
  k: 2,
  hidden: 4,
  activation: 'relu',
  renormalize: true,
  noisyGating: false,
  embedDim: 0,
  lambda: 0.05,
  zLossCoef: 0,
  capacityFactor: 0,
};

const TOKENS = 24;

/** A batch of 24 points in [−1, 1]² with three classes, and gating noise ε. */
function batch(): { x: tf.Tensor2D; y: tf.Tensor2D; epsilon: tf.Tensor2D } {
  const rng = createRandom(7);
  const xs = Array.from({ length: TOKENS }, () => [2 * rng.next() - 1, 2 * rng.next() - 1]);
  const ys = xs.map(([a, b]) => [a > 0 && b > 0 ? 1 : 0, a <= 0 ? 1 : 0, a > 0 && b <= 0 ? 1 : 0]);
  const eps = Array.from({ length: TOKENS }, () => Array.from({ length: 5 }, () => rng.normal()));
  return { x: tf.tensor2d(xs), y: tf.tensor2d(ys), epsilon: tf.tensor2d(eps) };
}

function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => a.sub(b).abs().max().arraySync() as number);
}

/** Trains two steps with plain SGD so the weights (and noise weights) are not at their zero init. */
function perturb(variables: tf.Variable[]): void {
  const rng = createRandom(3);
  for (const v of variables) {
    const noise = tf.tensor(Array.from({ length: v.size }, () => 0.3 * (2 * rng.next() - 1)), v.shape);
    v.assign(v.add(noise));
    noise.dispose();
  }
}

const CASES: Array<[string, Partial<MoeClassifierConfig>]> = [
  ['top-2, renormalised, λ > 0', {}],
  ['λ = 0', { lambda: 0 }],
  ['not renormalised', { renormalize: false }],
  ['K = 1 (Switch)', { k: 1, renormalize: false }],
  ['K = 1 renormalised', { k: 1 }],
  ['K = N', { k: 5 }],
  ['capacity factor 1.0 (tokens dropped)', { capacityFactor: 1 }],
  ['noisy gating', { noisyGating: true }],
  ['z-loss', { zLossCoef: 0.01 }],
  ['tanh experts', { activation: 'tanh' }],
  ['input embedding', { embedDim: 4 }],
  ['everything at once', { embedDim: 3, noisyGating: true, zLossCoef: 0.02, capacityFactor: 1.25, activation: 'tanh', k: 3 }],
];

describe('hand-written MoE gradients equal tfjs autodiff of moeClassifierLoss', () => {
  for (const [name, overrides] of CASES) {
    it(name, () => {
      const config = { ...BASE, ...overrides };
      const model = createMoeClassifier(config, createRandom(11));
      perturb(model.variables);
      const { x, y, epsilon } = batch();
      const eps = config.noisyGating ? epsilon : undefined;
      const before = tf.memory().numTensors;
      const manual = moeClassifierGradients(model, x, y, eps);
      // What it returns, and nothing else, is new (with λ = 0 and no z-loss the total is the cross-entropy).
      expect(tf.memory().numTensors - before).toBe(new Set([...Object.values(manual.terms), ...manual.grads]).size);
      const reference = moeClassifierLoss(model, x, y, eps);
      const auto = tf.variableGrads(() => moeClassifierLoss(model, x, y, eps).total, model.variables);
      for (const term of ['total', 'crossEntropy', 'aux', 'zLoss'] as const) {
        expect(Math.abs(manual.terms[term].arraySync() - reference[term].arraySync())).toBeLessThanOrEqual(1e-6);
      }
      expect(manual.grads).toHaveLength(model.variables.length);
      model.variables.forEach((v, i) => {
        expect(manual.grads[i].shape).toEqual(v.shape);
        expect(maxAbsDiff(manual.grads[i], auto.grads[v.name])).toBeLessThanOrEqual(1e-5);
      });
      // The comparison means something: the gradients are not all zero.
      expect(tf.tidy(() => tf.addN(manual.grads.map((g) => g.abs().sum())).arraySync() as number)).toBeGreaterThan(1e-3);
      tf.dispose([x, y, epsilon, manual.grads, Object.values(manual.terms), Object.values(reference), auto.value, Object.values(auto.grads)]);
      disposeMoeClassifier(model);
    });
  }
});

describe('hand-written dense gradients equal tfjs autodiff of denseLoss', () => {
  for (const activation of ['relu', 'tanh'] as const) {
    it(activation, () => {
      const model = createDenseClassifier({ inputDim: 2, hidden: 7, numClasses: 3, activation }, createRandom(5));
      perturb(model.variables);
      const { x, y, epsilon } = batch();
      const manual = denseGradients(model, x, y);
      const auto = tf.variableGrads(() => denseLoss(model, x, y), model.variables);
      expect(Math.abs(manual.loss.arraySync() - auto.value.arraySync())).toBeLessThanOrEqual(1e-6);
      model.variables.forEach((v, i) => expect(maxAbsDiff(manual.grads[i], auto.grads[v.name])).toBeLessThanOrEqual(1e-5));
      tf.dispose([x, y, epsilon, manual.loss, manual.grads, auto.value, Object.values(auto.grads), model.variables]);
    });
  }
});
