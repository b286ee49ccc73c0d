import * as tf from '@tensorflow/tfjs';

/**
 * Added to masked attention scores before the softmax. Vaswani et al. set illegal connections
 * to −∞; a large finite number gives the same weights (exp underflows to exactly 0 in float32)
 * and keeps gradients free of ∞ − ∞.
 */
export const MASKED_SCORE = -1e9;

/** Projection weights of one multi-head self-attention layer, each [d, d], applied as x · w. */
export interface AttentionWeights {
  wq: tf.Tensor2D;
  wk: tf.Tensor2D;
  wv: tf.Tensor2D;
  wo: tf.Tensor2D;
}

/** The additive causal mask [T, T]: 0 where key j ≤ query i, MASKED_SCORE above the diagonal. */
export function causalMaskTensor(length: number): tf.Tensor2D {
  return tf.tidy(() => {
    const lower = tf.linalg.bandPart(tf.ones([length, length]), -1, 0);
    return tf.scalar(1).sub(lower).mul(MASKED_SCORE) as tf.Tensor2D;
  });
}

/**
 * Multi-head self-attention of x [batch, T, d] with H heads; head h uses the contiguous columns
 * h·d/H … (h+1)·d/H − 1 of Q, K and V (as `lib/math` multiHeadAttention), the heads are
 * concatenated in order and multiplied by W^O. `mask` is an additive [T, T] mask
 * (`causalMaskTensor`), or none. Returns the output [batch, T, d] and the weights [batch, H, T, T].
 *
 * $$\mathrm{head}_h = \mathrm{softmax}\Big(\frac{Q_h K_h^\top}{\sqrt{d_k}} + M\Big) V_h,\qquad
 * \mathrm{MultiHead}(X) = \mathrm{Concat}(\mathrm{head}_1, \dots, \mathrm{head}_H)\, W^O$$
 *
 * Source: Vaswani et al. 2017, arXiv:1706.03762, §3.2.1–3.2.3.
 */
export function multiHeadSelfAttention(
  x: tf.Tensor3D,
  w: AttentionWeights,
  numHeads: number,
  mask?: tf.Tensor2D,
): { output: tf.Tensor3D; weights: tf.Tensor4D } {
  return tf.tidy(() => {
    const { output, weights } = traceSelfAttention(x, w, numHeads, mask);
    return { output, weights };
  });
}

/** What multiHeadSelfAttention computes on the way, kept for a hand-written backward pass (moe-lm-gradients.ts). */
export interface SelfAttentionTrace {
  /** Per head [batch, H, T, d/H]. */
  q: tf.Tensor4D;
  k: tf.Tensor4D;
  v: tf.Tensor4D;
  /** softmax(QKᵀ/√d_k + M), [batch, H, T, T]. */
  weights: tf.Tensor4D;
  /** The heads concatenated, [batch·T, d] (the input of W^O). */
  heads: tf.Tensor2D;
  output: tf.Tensor3D;
}

/**
 * multiHeadSelfAttention's forward pass with its intermediates; the caller owns (or tidies) them all.
 * Not wrapped in tf.tidy.
 */
export function traceSelfAttention(x: tf.Tensor3D, w: AttentionWeights, numHeads: number, mask?: tf.Tensor2D): SelfAttentionTrace {
  const [batch, length, d] = x.shape;
  if (d % numHeads !== 0) throw new RangeError(`numHeads must divide d (${d}), got ${numHeads}`);
  const headDim = d / numHeads;
  const flat = x.reshape([batch * length, d]) as tf.Tensor2D;
  // [batch·T, d] → [batch, H, T, d/H]
  const split = (m: tf.Tensor) => m.reshape([batch, length, numHeads, headDim]).transpose([0, 2, 1, 3]) as tf.Tensor4D;
  const q = split(flat.matMul(w.wq));
  const k = split(flat.matMul(w.wk));
  const v = split(flat.matMul(w.wv));
  let scores = tf.matMul(q, k, false, true).mul(1 / Math.sqrt(headDim)) as tf.Tensor4D;
  if (mask) scores = scores.add(mask);
  const weights = tf.softmax(scores) as tf.Tensor4D;
  const heads = tf.matMul(weights, v).transpose([0, 2, 1, 3]).reshape([batch * length, d]) as tf.Tensor2D;
  const output = heads.matMul(w.wo).reshape([batch, length, d]) as tf.Tensor3D;
  return { q, k, v, weights, heads, output };
}
