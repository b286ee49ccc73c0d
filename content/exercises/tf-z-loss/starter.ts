import * as tf from '@tensorflow/tfjs';

export function routerZLoss(logits: number[][]): tf.Scalar {
  // TODO: mean over tokens of the squared log-sum-exp
  return tf.tidy(() => tf.tensor2d(logits).exp().sum(1).log().mean() as tf.Scalar);
}
