import * as tf from '@tensorflow/tfjs';
import { dispatchWithCapacity, expertCapacity } from '@/lib/math';
import { activate, glorotVariable, glorotWithBias, withOnes, zerosVariable, type ActivationName, type UniformSource } from './init';
import { keepMaskTensor, routeTopK } from './routing';

/** Shape and routing rule of a sparse mixture-of-experts layer. */
export interface MoeLayerConfig {
  inputDim: number;
  outputDim: number;
  /** N, the number of experts. */
  numExperts: number;
  /** K, experts per token (1 ≤ K ≤ N). */
  k: number;
  /** Hidden units of each expert's MLP. */
  hidden: number;
  activation: ActivationName;
  /** Divide the K selected gate probabilities by their sum (Mixtral) or use them as is (Switch). */
  renormalize: boolean;
  /** Shazeer et al. (2017) noisy top-K gating: adds a learned-scale noise to the router logits. */
  noisyGating: boolean;
}

/**
 * Variables of an MoE layer. Expert e owns columns e·hidden … (e+1)·hidden − 1 of `w1`, the same
 * rows of `w2` and row e of `b2`, so all experts run as two matMuls.
 */
export interface MoeLayer {
  config: MoeLayerConfig;
  /** W_g over its bias row, [inputDim + 1, N] (see `withOnes`). */
  router: tf.Variable;
  /** W_noise, [inputDim, N], or null without noisy gating. */
  noise: tf.Variable | null;
  /** First-layer weights over their bias row, [inputDim + 1, N·hidden] (see `withOnes`). */
  w1: tf.Variable;
  /** [N·hidden, outputDim] */
  w2: tf.Variable;
  /** [N, outputDim] */
  b2: tf.Variable;
  /** Constant [N, N·hidden]: row e is 1 on expert e's hidden columns (spreads gate weights). */
  spread: tf.Tensor2D;
  variables: tf.Variable[];
}

/** Creates the layer's variables, Glorot-uniform from the seeded `rng` (biases, the router's included, and W_noise zero). */
export function createMoeLayer(config: MoeLayerConfig, rng: UniformSource): MoeLayer {
  const { inputDim, outputDim, numExperts, hidden } = config;
  if (config.k < 1 || config.k > numExperts) throw new RangeError(`k must be in 1…${numExperts}, got ${config.k}`);
  // The router's bias row lets it move a boundary off the origin: without it, logits x·W_g on 2-D
  // points split the plane into wedges at (0, 0), an expert wins only if its column is a corner of
  // the columns' convex hull (3 to 5 of 8 at random), and the balancing loss cannot give the others
  // a region, since raising an expert's logit everywhere needs a constant input.
  const router = glorotWithBias(rng, inputDim, numExperts);
  const noise = config.noisyGating ? zerosVariable([inputDim, numExperts]) : null;
  const w1 = glorotWithBias(rng, inputDim, numExperts * hidden, inputDim, hidden);
  const w2 = glorotVariable(rng, numExperts * hidden, outputDim, hidden, outputDim);
  const b2 = zerosVariable([numExperts, outputDim]);
  const spreadData = new Float32Array(numExperts * numExperts * hidden);
  for (let e = 0; e < numExperts; e++) spreadData.fill(1, e * numExperts * hidden + e * hidden, e * numExperts * hidden + (e + 1) * hidden);
  const spread = tf.tensor2d(spreadData, [numExperts, numExperts * hidden]);
  const variables = [router, ...(noise ? [noise] : []), w1, w2, b2];
  return { config, router, noise, w1, w2, b2, spread, variables };
}

/** Frees the layer's variables and constants. */
export function disposeMoeLayer(layer: MoeLayer): void {
  for (const v of layer.variables) v.dispose();
  layer.spread.dispose();
}

/** Per-call options of `moeForward`. */
export interface MoeForwardOptions {
  /** ε ~ N(0, 1), [tokens, N]: pass it during training with noisy gating, never at evaluation. */
  epsilon?: tf.Tensor2D;
  /** Capacity factor; 0 or absent means no capacity limit. */
  capacityFactor?: number;
}

/** Everything one forward pass computes; all tensors belong to the caller. */
export type MoeForward = {
  /** Σ_e combineWeights[t][e] · expert_e(x_t), [tokens, outputDim]; 0 for a fully dropped token. */
  output: tf.Tensor2D;
  /** Router logits fed to the softmax (noisy in training), [tokens, N]. */
  logits: tf.Tensor2D;
  /** softmax(logits), [tokens, N]. */
  probs: tf.Tensor2D;
  /** [tokens, K], int32, descending gate probability. */
  topIndices: tf.Tensor2D;
  /** 1 for the top-K experts before capacity, [tokens, N] (zero gradient). */
  selectionMask: tf.Tensor2D;
  /** 1 for assignments kept after capacity, [tokens, N] (equals selectionMask without capacity). */
  keptMask: tf.Tensor2D;
  /** Gate weights actually applied, [tokens, N]: routing weights × keptMask. */
  combineWeights: tf.Tensor2D;
};

/**
 * The intermediate tensors of a forward pass that the hand-written backward pass
 * (`moe-gradients.ts`) reads; all belong to the caller.
 */
export type MoeTrace = MoeForward & {
  /** [x, 1], [tokens, inputDim + 1]. */
  inputOnes: tf.Tensor2D;
  /** x W_noise before the softplus, [tokens, N]; absent without noise in this pass. */
  noiseLogits?: tf.Tensor2D;
  /** Σ of the K selected gate probabilities per token, [tokens, 1]; absent without renormalisation. */
  selectedSum?: tf.Tensor2D;
  /** Routing weights before capacity dropping, [tokens, N]. */
  weights: tf.Tensor2D;
  /** φ(x W1_e + b1_e) of every expert side by side, [tokens, N·hidden]. */
  hidden: tf.Tensor2D;
  /** combineWeights spread over each expert's hidden columns, [tokens, N·hidden]. */
  spreadWeights: tf.Tensor2D;
  /** hidden ⊙ spreadWeights, [tokens, N·hidden]. */
  scaled: tf.Tensor2D;
};

/**
 * Forward pass of the MoE layer on x [tokens, inputDim]:
 * H = [x, 1] W_g (+ ε ⊙ softplus(x W_noise)), p = softmax(H), top-K, optional renormalisation,
 * capacity dropping (slot-major priority, as `lib/math` dispatchWithCapacity), then
 * $y_t = \sum_e w_{t,e}\,(\phi(x_t W1_e + b1_e) W2_e + b2_e)$.
 */
export function moeForward(layer: MoeLayer, x: tf.Tensor2D, options: MoeForwardOptions = {}): MoeForward {
  return tf.tidy(() => {
    const { output, logits, probs, topIndices, selectionMask, keptMask, combineWeights } = traceMoeForward(layer, x, options);
    return { output, logits, probs, topIndices, selectionMask, keptMask, combineWeights };
  });
}

/** `moeForward` with the intermediates a backward pass needs (see `MoeTrace`). */
export function traceMoeForward(layer: MoeLayer, x: tf.Tensor2D, options: MoeForwardOptions = {}): MoeTrace {
  return tf.tidy(() => {
    const { numExperts, k, renormalize, activation } = layer.config;
    const tokens = x.shape[0];
    const inputOnes = withOnes(x);
    let logits = inputOnes.matMul(layer.router) as tf.Tensor2D;
    let noiseLogits: tf.Tensor2D | undefined;
    if (layer.noise && options.epsilon) {
      noiseLogits = x.matMul(layer.noise) as tf.Tensor2D;
      logits = logits.add(options.epsilon.mul(tf.softplus(noiseLogits)));
    }
    const { probs, indices: topIndices, mask: selectionMask, weights, selectedSum } = routeTopK(logits, k, renormalize);
    let keptMask = selectionMask;
    const capacityFactor = options.capacityFactor ?? 0;
    if (capacityFactor > 0) {
      // The batch is small: the keep decision runs on the CPU with the reference rule itself.
      const indices = topIndices.arraySync() as number[][];
      const capacity = expertCapacity(tokens, numExperts, k, capacityFactor);
      const { kept } = dispatchWithCapacity(indices, numExperts, capacity);
      keptMask = keepMaskTensor(indices, kept, numExperts);
    }
    const combineWeights = capacityFactor > 0 ? (weights.mul(keptMask) as tf.Tensor2D) : weights;
    // Every expert runs on every token (cheap at this size); unselected ones get weight 0.
    const hidden = activate(inputOnes.matMul(layer.w1), activation) as tf.Tensor2D;
    // Spreading the gate weights by matMul avoids a 3-D broadcast multiply (slow on tfjs cpu).
    const spreadWeights = combineWeights.matMul(layer.spread) as tf.Tensor2D;
    const scaled = hidden.mul(spreadWeights) as tf.Tensor2D;
    const output = scaled.matMul(layer.w2).add(combineWeights.matMul(layer.b2)) as tf.Tensor2D;
    return {
      output,
      logits,
      probs,
      topIndices,
      selectionMask,
      keptMask,
      combineWeights,
      inputOnes,
      noiseLogits,
      selectedSum,
      weights,
      hidden,
      spreadWeights,
      scaled,
    };
  });
}

/** Parameters per expert: Linear(d_in→hidden) + Linear(hidden→d_out), with biases. */
export function expertParameterCount(config: MoeLayerConfig): number {
  return config.inputDim * config.hidden + config.hidden + config.hidden * config.outputDim + config.outputDim;
}

/** Router parameters: W_g and its bias, plus W_noise with noisy gating (it is used for every token in training). */
export function routerParameterCount(config: MoeLayerConfig): number {
  return (config.inputDim + 1) * config.numExperts + (config.noisyGating ? config.inputDim * config.numExperts : 0);
}
