// Means f over the experts axis (mean(2)) instead of over the tokens (mean(0)): the wrong axis.
import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): tf.Scalar {
  return tf.tidy(() => {
    const numExperts = logits[0].length;
    const probs = tf.softmax(tf.tensor2d(logits));
    const f = tf.oneHot(tf.topk(probs, k).indices, numExperts).mean(2);
    return f.sum().mul(probs.mean(0).sum()).mul(numExperts).div(logits.length) as tf.Scalar;
  });
}
