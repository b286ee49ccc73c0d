// Means the one-hot mask over axis 1 (the top-k slots) instead of axis 0 (the tokens): tokens_per_expert on the wrong axis.
import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): tf.Scalar {
  return tf.tidy(() => {
    const numExperts = logits[0].length;
    const probs = tf.softmax(tf.tensor2d(logits));
    const f = tf.oneHot(tf.topk(probs, k).indices, numExperts).mean(1);
    return f.mul(probs.mean(0)).sum().mul(numExperts) as tf.Scalar;
  });
}
