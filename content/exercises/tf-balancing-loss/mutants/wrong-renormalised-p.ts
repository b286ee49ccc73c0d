// Takes P from the renormalised top-k gates instead of the full softmax (router_prob_per_expert uses routing_weights).
import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): tf.Scalar {
  return tf.tidy(() => {
    const numExperts = logits[0].length;
    const probs = tf.softmax(tf.tensor2d(logits));
    const selected = tf.oneHot(tf.topk(probs, k).indices, numExperts);
    const kept = probs.mul(selected.sum(1));
    const p = kept.div(kept.sum(1, true)).mean(0);
    return selected.mean(0).mul(p).sum().mul(numExperts) as tf.Scalar;
  });
}
