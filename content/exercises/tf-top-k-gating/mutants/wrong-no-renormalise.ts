// Masks the softmax probabilities to the top k but never renormalises them to sum to 1.
import * as tf from '@tensorflow/tfjs';

export function topKGating(logits: number[][], k: number): tf.Tensor2D {
  return tf.tidy(() => {
    const probs = tf.softmax(tf.tensor2d(logits));
    const { indices } = tf.topk(probs, k);
    return probs.mul(tf.oneHot(indices, logits[0].length).sum(1)) as tf.Tensor2D;
  });
}
