// Log-sum-exp over axis 0 (over the tokens, per expert) instead of over the experts of each token.
import * as tf from '@tensorflow/tfjs';

export function routerZLoss(logits: number[][]): tf.Scalar {
  return tf.tidy(() => tf.logSumExp(tf.tensor2d(logits), 0).square().mean() as tf.Scalar);
}
