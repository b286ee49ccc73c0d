import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): tf.Scalar {
  // TODO: N · Σ f · P with f from one-hot top-k selections
  return tf.tidy(() => tf.softmax(tf.tensor2d(logits)).mean(0).sum().mul(k) as tf.Scalar);
}
