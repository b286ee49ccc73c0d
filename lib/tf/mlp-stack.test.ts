import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom, crossEntropyFromLogits, matmul, softmax } from '@/lib/math';
import { createMlpStack, disposeMlpStack, mlpStackForward, mlpStackLoss, mlpStackProbs, stackInputs } from './mlp-stack';

describe('MLP stack', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('matches lib/math per model: logits, probabilities and the count-weighted loss; no leaks', () => {
    const before = tf.memory().numTensors;
    const stack = createMlpStack(3, 2, 4, 2, createRandom(5));
    const points = [[0.1, -0.4], [0.7, 0.2], [-0.5, 0.9]];
    const labels = [0, 1, 1];
    const counts = [[1, 0, 2], [0, 3, 1], [1, 1, 1]];
    const x = tf.tensor2d(points);
    const inputs = stackInputs(stack, x);
    const oneHot = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), 2).cast('float32') as tf.Tensor2D);
    const countTensor = tf.tensor2d(counts);
    const logits = mlpStackForward(stack, inputs);
    const got = logits.arraySync();
    const probs = mlpStackProbs(stack, inputs);
    const lossTensor = mlpStackLoss(stack, inputs, oneHot, countTensor);
    const loss = lossTensor.dataSync()[0];
    const w1 = stack.w1.arraySync() as number[][][];
    const w2 = stack.w2.arraySync() as number[][][];
    const b2 = stack.b2.arraySync() as number[][][];
    let expectedLoss = 0;
    for (let b = 0; b < 3; b++) {
      const hidden = matmul(points.map((p) => [...p, 1]), w1[b]).map((row) => row.map((v) => Math.max(0, v)));
      const ref = matmul(hidden, w2[b]).map((row) => row.map((v, c) => v + b2[b][0][c]));
      ref.forEach((row, s) => {
        row.forEach((v, c) => expect(got[b][s][c]).toBeCloseTo(v, 5));
        softmax(row).forEach((p, c) => expect(probs[(b * 3 + s) * 2 + c]).toBeCloseTo(p, 5));
      });
      const total = counts[b].reduce((a, c) => a + c, 0);
      expectedLoss += ref.reduce((sum, row, s) => sum + counts[b][s] * crossEntropyFromLogits(row, labels[s]), 0) / total;
    }
    expect(loss).toBeCloseTo(expectedLoss, 5);
    tf.dispose([x, inputs, oneHot, countTensor, logits, lossTensor]);
    disposeMlpStack(stack);
    expect(tf.memory().numTensors).toBe(before);
  });
});
