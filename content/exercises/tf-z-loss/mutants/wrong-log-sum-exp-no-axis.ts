// tf.logSumExp without an axis reduces over every entry: one log-sum-exp for the whole batch.
import * as tf from '@tensorflow/tfjs';

export function routerZLoss(logits: number[][]): tf.Scalar {
  return tf.tidy(() => tf.logSumExp(tf.tensor2d(logits)).square().mean() as tf.Scalar);
}
