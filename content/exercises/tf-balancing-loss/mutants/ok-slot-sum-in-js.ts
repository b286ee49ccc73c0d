// Correct: Σ_j Σ_e f_je·P_e = (1/T)·Σ_t Σ_j P[sel(t, j)]; probabilities and top-k from tfjs, the sum in plain JS.
import * as tf from '@tensorflow/tfjs';

export function balancingLoss(logits: number[][], k: number): number {
  const probs = tf.softmax(tf.tensor2d(logits));
  const top = tf.topk(probs, k);
  const p = probs.arraySync() as number[][];
  const selected = top.indices.arraySync() as number[][];
  tf.dispose([probs, top.values, top.indices]);
  const n = p[0].length;
  const meanProb = p[0].map((_, e) => p.reduce((s, row) => s + row[e], 0) / p.length);
  const total = selected.reduce((s, row) => s + row.reduce((a, e) => a + meanProb[e], 0), 0);
  return (n * total) / p.length;
}
