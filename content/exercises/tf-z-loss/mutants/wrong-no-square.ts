// Takes the mean of the log-sum-exp, forgetting to square it.
import * as tf from '@tensorflow/tfjs';

export function routerZLoss(logits: number[][]): tf.Scalar {
  return tf.tidy(() => tf.logSumExp(tf.tensor2d(logits), 1).mean() as tf.Scalar);
}
