// Correct: an additive mask M = (1 − lower triangle) · (−1e9) built in plain JS, added to the scaled scores.
import * as tf from '@tensorflow/tfjs';

export function causalAttention(q: number[][], k: number[][], v: number[][]): number[][] {
  const n = q.length;
  const mask = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j > i ? -1e9 : 0)));
  const out = tf.tidy(() => {
    const scores = tf.tensor2d(q).matMul(tf.tensor2d(k).transpose()).mul(1 / Math.sqrt(q[0].length));
    return tf.softmax(scores.add(tf.tensor2d(mask))).matMul(tf.tensor2d(v));
  });
  const rows = out.arraySync() as number[][];
  out.dispose();
  return rows;
}
