import * as tf from '@tensorflow/tfjs';

export function causalAttention(q: number[][], k: number[][], v: number[][]): tf.Tensor2D {
  // TODO: scale the scores, mask the future, softmax, multiply by V
  return tf.tidy(() => tf.matMul(tf.softmax(tf.matMul(tf.tensor2d(q), tf.tensor2d(k), false, true)), tf.tensor2d(v)));
}
