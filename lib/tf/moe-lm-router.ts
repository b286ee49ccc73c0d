import * as tf from '@tensorflow/tfjs';
import { routeTopK, selectionMask } from './routing';

/** How a token's router logits become its K experts and their gate values. */
export type RouterKind = 'mixtral' | 'switch' | 'aux-free';

export const ROUTER_KINDS: readonly RouterKind[] = ['mixtral', 'switch', 'aux-free'];

/** One layer's routing of a batch of tokens; every tensor belongs to the caller. */
export type LmRouting = {
  /** Router logits u·W_g (after jitter in training), [tokens, N]. */
  logits: tf.Tensor2D;
  /**
   * Each token's distribution over all N experts, [tokens, N]: the softmax for 'mixtral' and
   * 'switch'; for 'aux-free' the sigmoid affinities divided by their sum over all experts.
   * The balancing loss's P reads it.
   */
  probs: tf.Tensor2D;
  /** The K chosen experts, [tokens, K] int32, best first (for 'aux-free': by affinity + bias). */
  indices: tf.Tensor2D;
  /** 1 for the chosen experts, [tokens, N] (zero gradient). */
  mask: tf.Tensor2D;
  /** Gate values of the chosen experts before capacity, 0 elsewhere, [tokens, N]. */
  weights: tf.Tensor2D;
};

/**
 * Routes router logits [tokens, N] to each token's top-`k` experts.
 * - 'mixtral': p = softmax(z), top-K of p, gates p / Σ_{top-K} p (Jiang et al. 2024, arXiv:2401.04088).
 * - 'switch': the same top-K with the raw probabilities as gates (Fedus et al. 2021, arXiv:2101.03961;
 *   DeepSeekMoE, arXiv:2401.06066).
 * - 'aux-free': s = σ(z); top-K of s + b, where the bias b [N] (a constant, updated outside the
 *   gradient) only chooses; gates s / Σ_{top-K} s (DeepSeek-V3, arXiv:2412.19437, §2.1.2; FACTS A12).
 * Equal to lib/math routeTopK and routeWithBias on the same logits (moe-lm.test.ts).
 */
export function routeLm(logits: tf.Tensor2D, k: number, kind: RouterKind, bias?: tf.Tensor1D): LmRouting {
  return tf.tidy(() => {
    if (kind !== 'aux-free') {
      const r = routeTopK(logits, k, kind === 'mixtral');
      return { logits, probs: r.probs, indices: r.indices, mask: r.mask, weights: r.weights };
    }
    const scores = tf.sigmoid(logits) as tf.Tensor2D;
    // tf.topk has no gradient; nothing differentiable depends on the chosen indices.
    const biased = bias ? scores.add(bias) : scores;
    const indices = tf.topk(biased, k).indices as tf.Tensor2D;
    const mask = selectionMask(scores, indices);
    const selected = scores.mul(mask);
    const weights = selected.div(selected.sum(1, true)) as tf.Tensor2D;
    const probs = scores.div(scores.sum(1, true)) as tf.Tensor2D;
    return { logits, probs, indices, mask, weights };
  });
}

/**
 * Switch router jitter: the router's input times U(1 − ε, 1 + ε) noise, element-wise, in training
 * only (Fedus et al. 2021, arXiv:2101.03961, §2.4 and Table 3 "input jitter"). `uniform` is U(0, 1)
 * of the input's shape, drawn by the caller from its seeded stream.
 */
export function jitter(x: tf.Tensor2D, uniform: tf.Tensor2D, epsilon: number): tf.Tensor2D {
  return tf.tidy(() => x.mul(jitterFactor(uniform, epsilon)) as tf.Tensor2D);
}

/** The multiplicative noise 1 − ε + 2ε·u of `jitter` (the router input's gradient is scaled by it too). Not tidied. */
export function jitterFactor(uniform: tf.Tensor2D, epsilon: number): tf.Tensor2D {
  return uniform.mul(2 * epsilon).add(1 - epsilon) as tf.Tensor2D;
}
