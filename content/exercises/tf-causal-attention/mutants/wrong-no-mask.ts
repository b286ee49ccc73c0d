// Forgets the causal mask: every query attends to every key, including later ones.
import * as tf from '@tensorflow/tfjs';

export function causalAttention(q: number[][], k: number[][], v: number[][]): tf.Tensor2D {
  return tf.tidy(() => {
    const scores = tf.matMul(tf.tensor2d(q), tf.tensor2d(k), false, true).div(Math.sqrt(q[0].length));
    return tf.matMul(tf.softmax(scores), tf.tensor2d(v));
  });
}
