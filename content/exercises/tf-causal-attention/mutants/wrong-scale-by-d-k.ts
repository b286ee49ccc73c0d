// Divides the scores by d_k instead of √d_k.
import * as tf from '@tensorflow/tfjs';

export function causalAttention(q: number[][], k: number[][], v: number[][]): tf.Tensor2D {
  return tf.tidy(() => {
    const n = q.length;
    const scores = tf.matMul(tf.tensor2d(q), tf.tensor2d(k), false, true).div(q[0].length);
    const allowed = tf.linalg.bandPart(tf.ones([n, n]), -1, 0).cast('bool');
    const masked = tf.where(allowed, scores, tf.fill([n, n], -1e9));
    return tf.matMul(tf.softmax(masked), tf.tensor2d(v));
  });
}
