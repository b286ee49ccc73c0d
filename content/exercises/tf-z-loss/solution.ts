import * as tf from '@tensorflow/tfjs';

export function routerZLoss(logits: number[][]): tf.Scalar {
  return tf.tidy(() => tf.logSumExp(tf.tensor2d(logits), 1).square().mean() as tf.Scalar);
}
