// Counts only each token's first choice in f, whatever k is.
import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): tf.Scalar {
  return tf.tidy(() => {
    const numExperts = logits[0].length;
    const probs = tf.softmax(tf.tensor2d(logits));
    const first = tf.topk(probs, k).indices.slice([0, 0], [-1, 1]).squeeze([1]) as tf.Tensor1D;
    const f = tf.oneHot(first, numExperts).mean(0);
    return f.mul(probs.mean(0)).sum().mul(numExperts) as tf.Scalar;
  });
}
