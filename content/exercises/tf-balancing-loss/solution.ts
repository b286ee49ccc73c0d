import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): tf.Scalar {
  return tf.tidy(() => {
    const numExperts = logits[0].length;
    const probs = tf.softmax(tf.tensor2d(logits));
    const { indices } = tf.topk(probs, k);
    const f = tf.oneHot(indices, numExperts).mean(0);
    const p = probs.mean(0);
    return f.mul(p).sum().mul(numExperts) as tf.Scalar;
  });
}
