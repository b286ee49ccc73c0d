// Adds the 0/1 lower-triangular mask to the scores (the classic bug): later keys keep most of their weight.
import * as tf from '@tensorflow/tfjs';

export function causalAttention(q: number[][], k: number[][], v: number[][]): tf.Tensor2D {
  return tf.tidy(() => {
    const n = q.length;
    const scores = tf.matMul(tf.tensor2d(q), tf.tensor2d(k), false, true).div(Math.sqrt(q[0].length));
    const mask = tf.linalg.bandPart(tf.ones([n, n]), -1, 0);
    return tf.matMul(tf.softmax(scores.add(mask)), tf.tensor2d(v));
  });
}
