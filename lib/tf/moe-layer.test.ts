import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { countParameters } from './init';
import { createMoeClassifier, moeClassifierLoss, moeParameterCounts, type MoeClassifierConfig } from './moe-classifier';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const BASE: MoeClassifierConfig = {
  inputDim: 2,
  numClasses: 2,
  numExperts: 4,
  k: 2,
  hidden: 6,
  activation: 'relu',
  renormalize: true,
  noisyGating: false,
  embedDim: 0,
  lambda: 0,
  zLossCoef: 0,
  capacityFactor: 0,
};

function batch(): { x: tf.Tensor2D; y: tf.Tensor2D } {
  const rng = createRandom(3);
  const xs = Array.from({ length: 32 }, () => [2 * rng.next() - 1, 2 * rng.next() - 1]);
  const ys = xs.map(([a, b]) => (a * b > 0 ? [1, 0] : [0, 1]));
  return { x: tf.tensor2d(xs), y: tf.tensor2d(ys) };
}

/** Largest |∂loss/∂W_g| for a loss built from the model's terms. */
function routerGradient(config: MoeClassifierConfig, pick: (t: ReturnType<typeof moeClassifierLoss>) => tf.Scalar, epsilon?: tf.Tensor2D): number {
  const model = createMoeClassifier(config, createRandom(11));
  const { x, y } = batch();
  const { grads, value } = tf.variableGrads(() => pick(moeClassifierLoss(model, x, y, epsilon)), [model.layer.router]);
  const max = tf.tidy(() => Object.values(grads)[0].abs().max().arraySync() as number);
  tf.dispose([x, y, value, ...Object.values(grads), ...model.variables]);
  return max;
}

describe('gradients reach the router', () => {
  it('from the load-balancing loss alone', () => {
    expect(routerGradient({ ...BASE, lambda: 0.1 }, (t) => t.aux)).toBeGreaterThan(1e-6);
  });

  it('from the task loss alone (through the gate weights), renormalised or not', () => {
    expect(routerGradient(BASE, (t) => t.crossEntropy)).toBeGreaterThan(1e-6);
    expect(routerGradient({ ...BASE, renormalize: false, k: 1 }, (t) => t.crossEntropy)).toBeGreaterThan(1e-6);
  });

  it('from the z-loss, with capacity dropping and with noisy gating', () => {
    expect(routerGradient({ ...BASE, zLossCoef: 1e-3 }, (t) => t.zLoss)).toBeGreaterThan(1e-6);
    expect(routerGradient({ ...BASE, capacityFactor: 1, lambda: 0.01 }, (t) => t.total)).toBeGreaterThan(1e-6);
    const eps = tf.randomNormal([32, 4], 0, 1, 'float32', 5) as tf.Tensor2D;
    expect(routerGradient({ ...BASE, noisyGating: true }, (t) => t.total, eps)).toBeGreaterThan(1e-6);
    eps.dispose();
  });

  it('K = 1 with renormalisation gives weight 1 and no task gradient to the router (the known Switch pitfall)', () => {
    expect(routerGradient({ ...BASE, k: 1 }, (t) => t.crossEntropy)).toBeLessThan(1e-6);
  });
});

describe('parameter counts', () => {
  it('match the variables the classifier creates', () => {
    for (const config of [BASE, { ...BASE, noisyGating: true, embedDim: 5, numClasses: 4, numExperts: 7 }]) {
      const model = createMoeClassifier(config, createRandom(1));
      expect(countParameters(model.variables)).toBe(moeParameterCounts(config).total);
      model.variables.forEach((v) => v.dispose());
    }
  });
});
