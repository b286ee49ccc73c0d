import * as tf from '@tensorflow/tfjs';

export function topKGating(logits: number[][], k: number): tf.Tensor2D {
  // TODO: softmax, keep the top k with tf.topk + tf.oneHot, renormalise
  return tf.tidy(() => tf.softmax(tf.tensor2d(logits)).mul(k) as tf.Tensor2D);
}
