import * as tf from '@tensorflow/tfjs';

/**
 * Top-K routing of a batch of tokens, as tensors; the tfjs twin of `lib/math` `routeTopK`.
 * `probs` = softmax(logits) [tokens, N]; `indices` [tokens, K] (descending, ties to the lower
 * expert id); `mask` [tokens, N] is 1 for selected experts; `weights` [tokens, N] are the gate
 * probabilities of the selected experts, divided by their sum when `renormalize`.
 */
export type Routing = {
  probs: tf.Tensor2D;
  indices: tf.Tensor2D;
  mask: tf.Tensor2D;
  weights: tf.Tensor2D;
  /** Σ of the selected gate probabilities per token, [tokens, 1], when `renormalize`. */
  selectedSum?: tf.Tensor2D;
};

/**
 * 1 where expert e is one of the token's top-K, else 0; shape [tokens, N].
 * The choice is discrete, so its gradient is zero by definition — and tf.topk has no gradient at
 * all, so the one-hot is built inside customGrad, where the tape does not record it.
 */
export function selectionMask(probs: tf.Tensor2D, indices: tf.Tensor2D): tf.Tensor2D {
  const numExperts = probs.shape[1];
  const masked = tf.customGrad((...inputs: Array<tf.Tensor | tf.GradSaveFunc>) => ({
    value: tf.oneHot(tf.cast(indices, 'int32'), numExperts).sum(1).cast('float32'),
    gradFunc: () => tf.zerosLike(inputs[0] as tf.Tensor),
  }));
  return masked(probs) as tf.Tensor2D;
}

/** Routes `logits` [tokens, N] to each token's top-`k` experts (see `Routing`). */
export function routeTopK(logits: tf.Tensor2D, k: number, renormalize: boolean): Routing {
  return tf.tidy(() => {
    const probs = tf.softmax(logits) as tf.Tensor2D;
    // tf.topk is recorded on the tape, but nothing differentiable depends on its outputs.
    const indices = tf.topk(probs, k).indices as tf.Tensor2D;
    const mask = selectionMask(probs, indices);
    const selected = probs.mul(mask) as tf.Tensor2D;
    if (!renormalize) return { probs, indices, mask, weights: selected };
    // Renormalise with sum(p · mask) so the gradient reaches every selected gate probability.
    const selectedSum = selected.sum(1, true) as tf.Tensor2D;
    return { probs, indices, mask, weights: selected.div(selectedSum) as tf.Tensor2D, selectedSum };
  });
}

/**
 * Switch/Mixtral load-balancing loss (coefficient not included):
 * $N \sum_{slot} \sum_e f_{slot,e} P_e$, with $f$ the share of tokens routed to e (before any
 * capacity drop; constant) and $P_e$ the mean gate probability (differentiable).
 * Summing the per-slot one-hots gives `mask`, so $\sum_{slot} f_{slot,e}$ = mean over tokens of mask.
 */
export function loadBalancingLoss(probs: tf.Tensor2D, mask: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const numExperts = probs.shape[1];
    const f = mask.mean(0);
    const p = probs.mean(0);
    return f.mul(p).sum().mul(numExperts) as tf.Scalar;
  });
}

/** ST-MoE router z-loss: mean over tokens of logsumexp(logits)², shape []. */
export function routerZLoss(logits: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.logSumExp(logits, 1).square().mean() as tf.Scalar);
}

/**
 * Keep mask [tokens, N] from a CPU keep decision: 1 where the token's assignment to expert e was
 * kept (`kept[t][slot]` refers to expert `indices[t][slot]`), 0 for dropped or unselected experts.
 */
export function keepMaskTensor(indices: number[][], kept: boolean[][], numExperts: number): tf.Tensor2D {
  const data = new Float32Array(indices.length * numExperts);
  indices.forEach((row, t) => {
    row.forEach((e, slot) => {
      if (kept[t][slot]) data[t * numExperts + e] = 1;
    });
  });
  return tf.tensor2d(data, [indices.length, numExperts]);
}
