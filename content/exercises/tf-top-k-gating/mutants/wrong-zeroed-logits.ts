// Sets the dropped logits to 0 instead of −∞ before the softmax: dropped experts keep a nonzero gate.
import * as tf from '@tensorflow/tfjs';

export function topKGating(logits: number[][], k: number): tf.Tensor2D {
  return tf.tidy(() => {
    const z = tf.tensor2d(logits);
    const { indices } = tf.topk(z, k);
    const mask = tf.oneHot(indices, logits[0].length).sum(1);
    return tf.softmax(z.mul(mask)) as tf.Tensor2D;
  });
}
