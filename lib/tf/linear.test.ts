import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { softmaxCrossEntropyIds } from './backprop';
import { linear } from './linear';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const random = (rows: number, cols: number, seed: number) => {
  const rng = createRandom(seed);
  return tf.tensor2d(Array.from({ length: rows * cols }, () => rng.normal()), [rows, cols]);
};

describe('linear', () => {
  it('has the value and both gradients of tf.matMul', () => {
    const x = tf.variable(random(5, 3, 1));
    const w = tf.variable(random(3, 4, 2));
    const up = random(5, 4, 3);
    const ours = tf.variableGrads(() => linear(x, w).mul(up).sum() as tf.Scalar, [x, w]);
    const reference = tf.variableGrads(() => tf.matMul(x, w).mul(up).sum() as tf.Scalar, [x, w]);
    expect(ours.value.arraySync()).toBeCloseTo(reference.value.arraySync() as number, 5);
    for (const v of [x, w]) {
      const a = ours.grads[v.name].dataSync();
      const b = reference.grads[v.name].dataSync();
      a.forEach((g, i) => expect(g).toBeCloseTo(b[i], 5));
    }
    tf.dispose([x, w, up, ours.value, reference.value, ...Object.values(ours.grads), ...Object.values(reference.grads)]);
  });
});

describe('softmaxCrossEntropyIds', () => {
  it('has the value and gradient of tf.losses.softmaxCrossEntropy on one-hot labels', () => {
    const logits = tf.variable(random(6, 5, 4).mul(3) as tf.Tensor2D) as tf.Variable<tf.Rank.R2>;
    const ids = tf.tensor1d([0, 4, 2, 2, 1, 3], 'int32');
    const ours = tf.variableGrads(() => softmaxCrossEntropyIds(logits, ids).mul(1.7) as tf.Scalar, [logits]);
    const reference = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(tf.oneHot(ids, 5).cast('float32'), logits).mul(1.7) as tf.Scalar, [logits]);
    expect(ours.value.arraySync()).toBeCloseTo(reference.value.arraySync() as number, 5);
    const a = ours.grads[logits.name].dataSync();
    const b = reference.grads[logits.name].dataSync();
    expect(a.length).toBe(30);
    a.forEach((g, i) => expect(g).toBeCloseTo(b[i], 6));
    tf.dispose([logits, ids, ours.value, reference.value, ...Object.values(ours.grads), ...Object.values(reference.grads)]);
  });
});
