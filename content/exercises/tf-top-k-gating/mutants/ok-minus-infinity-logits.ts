// Correct: top-k of the logits (softmax is monotone), the other logits set to −∞, then one softmax (Softmax(KeepTopK(z, k))).
import * as tf from '@tensorflow/tfjs';

export function topKGating(logits: number[][], k: number): number[][] {
  const out = tf.tidy(() => {
    const z = tf.tensor2d(logits);
    const keep = tf.oneHot(tf.topk(z, k).indices, logits[0].length).sum(1).greater(0);
    return tf.softmax(tf.where(keep, z, tf.fill(z.shape, -Infinity)));
  });
  const rows = out.arraySync() as number[][];
  out.dispose();
  return rows;
}
