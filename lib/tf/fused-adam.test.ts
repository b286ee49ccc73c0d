import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFusedAdam } from './fused-adam';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Two variables of different shapes and a loss that couples them. */
function problem() {
  const a = tf.variable(tf.tensor2d([[0.5, -1.0, 2.0], [0.1, 0.3, -0.7]]));
  const b = tf.variable(tf.tensor1d([1.5, -0.2]));
  const target = tf.tensor2d([[1, 0, 0], [0, 1, 0]]);
  const loss = () => tf.tidy(() => a.sub(target).square().sum().add(b.mul(a.sum(1)).sum()).add(b.pow(4).sum()) as tf.Scalar);
  return { a, b, target, loss };
}

describe('fused Adam', () => {
  it('takes the same steps as tf.train.adam (lr 0.1, 25 steps)', () => {
    const ours = problem();
    const theirs = problem();
    const fused = createFusedAdam([ours.a, ours.b], { learningRate: 0.1 });
    const reference = tf.train.adam(0.1);
    for (let step = 0; step < 25; step++) {
      const { value, grads } = tf.variableGrads(ours.loss, [ours.a, ours.b]);
      fused.applyGradients([grads[ours.a.name], grads[ours.b.name]]);
      tf.dispose([value, Object.values(grads)]);
      reference.minimize(theirs.loss, false, [theirs.a, theirs.b]);
    }
    const gap = (x: tf.Tensor, y: tf.Tensor) => tf.tidy(() => x.sub(y).abs().max().arraySync() as number);
    expect(gap(ours.a, theirs.a)).toBeLessThanOrEqual(1e-6);
    expect(gap(ours.b, theirs.b)).toBeLessThanOrEqual(1e-6);
    // …and the steps moved the variables a long way from where they started.
    expect(gap(ours.a, tf.tensor2d([[0.5, -1.0, 2.0], [0.1, 0.3, -0.7]]))).toBeGreaterThan(0.5);
    fused.dispose();
    reference.dispose();
    tf.dispose([ours.a, ours.b, ours.target, theirs.a, theirs.b, theirs.target]);
  });

  it('frees its moments on dispose, and makes no tensor per step', () => {
    const before = tf.memory().numTensors;
    const v = tf.tidy(() => tf.ones([3]).variable());
    const grad = tf.tensor1d([1, 2, 3]);
    const fused = createFusedAdam([v], { learningRate: 0.01 });
    fused.applyGradients([grad]);
    const afterOne = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) fused.applyGradients([grad]);
    expect(tf.memory().numTensors).toBe(afterOne);
    fused.dispose();
    tf.dispose([v, grad]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a gradient list that does not match its variables', () => {
    const v = tf.variable(tf.ones([2]));
    const fused = createFusedAdam([v], { learningRate: 0.01 });
    expect(() => fused.applyGradients([])).toThrow(RangeError);
    fused.dispose();
    v.dispose();
  });
});

describe('fused Adam minimize', () => {
  it('steps on the autodiff gradient like tf.train.adam and returns the loss', () => {
    const ours = problem();
    const theirs = problem();
    const fused = createFusedAdam([ours.a, ours.b], { learningRate: 0.05 });
    const reference = tf.train.adam(0.05);
    for (let step = 0; step < 10; step++) {
      const value = fused.minimize(ours.loss);
      const expected = reference.minimize(theirs.loss, true, [theirs.a, theirs.b]);
      expect(Math.abs(value.arraySync() - (expected?.arraySync() ?? NaN))).toBeLessThanOrEqual(1e-5);
      tf.dispose([value, expected ?? []]);
    }
    expect(tf.tidy(() => ours.a.sub(theirs.a).abs().max().arraySync() as number)).toBeLessThanOrEqual(1e-6);
    fused.dispose();
    reference.dispose();
    tf.dispose([ours.a, ours.b, ours.target, theirs.a, theirs.b, theirs.target]);
  });
});
