// Softmax over the tokens (axis 0, by transposing) instead of over the experts of each token: the wrong axis.
import * as tf from '@tensorflow/tfjs';

export function topKGating(logits: number[][], k: number): tf.Tensor2D {
  return tf.tidy(() => {
    const probs = tf.softmax(tf.tensor2d(logits).transpose()).transpose();
    const { indices } = tf.topk(probs, k);
    const mask = tf.oneHot(indices, logits[0].length).sum(1);
    const kept = probs.mul(mask);
    return kept.div(kept.sum(1, true)) as tf.Tensor2D;
  });
}
