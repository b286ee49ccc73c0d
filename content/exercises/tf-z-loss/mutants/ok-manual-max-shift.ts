// Correct: the log-sum-exp written out, m + log Σ e^(x − m) with m the row max, then squared and averaged.
import * as tf from '@tensorflow/tfjs';

export function routerZLoss(logits: number[][]): number {
  const lse = tf.tidy(() => {
    const x = tf.tensor2d(logits);
    const m = x.max(1, true);
    return m.squeeze([1]).add(x.sub(m).exp().sum(1).log());
  });
  const rows = lse.arraySync() as number[];
  lse.dispose();
  return rows.reduce((s, v) => s + v * v, 0) / rows.length;
}
