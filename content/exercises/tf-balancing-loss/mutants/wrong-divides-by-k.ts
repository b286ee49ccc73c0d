// Means the one-hot mask over tokens and slots (T·k) so that uniform routing gives 1; the Hugging Face loss gives k.
import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): tf.Scalar {
  return tf.tidy(() => {
    const numExperts = logits[0].length;
    const probs = tf.softmax(tf.tensor2d(logits));
    const f = tf.oneHot(tf.topk(probs, k).indices, numExperts).mean([0, 1]);
    return f.mul(probs.mean(0)).sum().mul(numExperts) as tf.Scalar;
  });
}
