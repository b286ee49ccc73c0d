// Builds the mask from the first top-k column only (indices[:, 0]), so only the best expert is kept for every k.
import * as tf from '@tensorflow/tfjs';

export function topKGating(logits: number[][], k: number): tf.Tensor2D {
  return tf.tidy(() => {
    const probs = tf.softmax(tf.tensor2d(logits));
    const { indices } = tf.topk(probs, k);
    const first = indices.slice([0, 0], [-1, 1]).squeeze([1]) as tf.Tensor1D;
    const kept = probs.mul(tf.oneHot(first, logits[0].length));
    return kept.div(kept.sum(1, true)) as tf.Tensor2D;
  });
}
