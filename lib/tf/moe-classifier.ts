import * as tf from '@tensorflow/tfjs';
import { activate, glorotWithBias, withOnes, type UniformSource } from './init';
import {
  createMoeLayer,
  disposeMoeLayer,
  expertParameterCount,
  moeForward,
  routerParameterCount,
  type MoeForward,
  type MoeLayer,
  type MoeLayerConfig,
} from './moe-layer';
import { loadBalancingLoss, routerZLoss } from './routing';

/** A classifier of 2-D points whose hidden layer is a sparse MoE layer. */
export interface MoeClassifierConfig extends Omit<MoeLayerConfig, 'inputDim' | 'outputDim'> {
  inputDim: number;
  numClasses: number;
  /** Width of an optional tanh input embedding before the MoE layer; 0 = the router sees (x, y). */
  embedDim: number;
  /** λ, weight of the load-balancing loss. */
  lambda: number;
  /** Weight of the router z-loss. */
  zLossCoef: number;
  /** Capacity factor during training; 0 = no capacity limit. */
  capacityFactor: number;
}

/** Variables of the MoE classifier. */
export interface MoeClassifier {
  config: MoeClassifierConfig;
  /** Input embedding over its bias row, [inputDim + 1, embedDim], or null. */
  embed: tf.Variable | null;
  layer: MoeLayer;
  variables: tf.Variable[];
}

/** Creates the classifier: input → (tanh embedding) → MoE layer whose experts output class logits. */
export function createMoeClassifier(config: MoeClassifierConfig, rng: UniformSource): MoeClassifier {
  const embed = config.embedDim > 0 ? glorotWithBias(rng, config.inputDim, config.embedDim) : null;
  const layer = createMoeLayer(
    { ...config, inputDim: config.embedDim > 0 ? config.embedDim : config.inputDim, outputDim: config.numClasses },
    rng,
  );
  const variables = [...(embed ? [embed] : []), ...layer.variables];
  return { config, embed, layer, variables };
}

/** Frees the classifier's variables and constants. */
export function disposeMoeClassifier(model: MoeClassifier): void {
  model.embed?.dispose();
  disposeMoeLayer(model.layer);
}

/** Class logits [tokens, C] and the MoE layer's routing for x [tokens, inputDim]. */
export function moeClassifierForward(
  model: MoeClassifier,
  x: tf.Tensor2D,
  options: { epsilon?: tf.Tensor2D; capacityFactor?: number } = {},
): { classLogits: tf.Tensor2D; moe: MoeForward } {
  return tf.tidy(() => {
    const hidden = model.embed ? (activate(withOnes(x).matMul(model.embed), 'tanh') as tf.Tensor2D) : x;
    const moe = moeForward(model.layer, hidden, options);
    return { classLogits: moe.output, moe };
  });
}

/** The loss terms of one batch, each a scalar tensor. */
export type MoeLossTerms = {
  /** cross-entropy + λ·aux + zLossCoef·z */
  total: tf.Scalar;
  crossEntropy: tf.Scalar;
  /** Load-balancing loss; 0 (not computed) when λ = 0. */
  aux: tf.Scalar;
  /** Router z-loss; 0 (not computed) when its weight is 0. */
  zLoss: tf.Scalar;
};

/**
 * Training loss on a batch: $CE + \lambda \cdot L_{balance} + c_z \cdot L_z$, with the capacity
 * limit of the config and noisy gating when `epsilon` is given. `labels` are one-hot [tokens, C].
 * Terms with a zero weight are skipped: every kernel counts at this model size.
 */
export function moeClassifierLoss(model: MoeClassifier, x: tf.Tensor2D, labels: tf.Tensor2D, epsilon?: tf.Tensor2D): MoeLossTerms {
  return tf.tidy(() => {
    const { lambda, zLossCoef, capacityFactor } = model.config;
    const { classLogits, moe } = moeClassifierForward(model, x, { epsilon, capacityFactor });
    const crossEntropy = tf.losses.softmaxCrossEntropy(labels, classLogits) as tf.Scalar;
    const aux = lambda > 0 ? loadBalancingLoss(moe.probs, moe.selectionMask) : tf.scalar(0);
    const zLoss = zLossCoef > 0 ? routerZLoss(moe.logits) : tf.scalar(0);
    let total = crossEntropy;
    if (lambda > 0) total = total.add(aux.mul(lambda));
    if (zLossCoef > 0) total = total.add(zLoss.mul(zLossCoef));
    return { total, crossEntropy, aux, zLoss };
  });
}

/** Parameters of the MoE classifier: all of them, and those used per token (router + K experts). */
export function moeParameterCounts(config: MoeClassifierConfig): { total: number; active: number } {
  const layerConfig: MoeLayerConfig = {
    ...config,
    inputDim: config.embedDim > 0 ? config.embedDim : config.inputDim,
    outputDim: config.numClasses,
  };
  const embed = config.embedDim > 0 ? config.inputDim * config.embedDim + config.embedDim : 0;
  const router = routerParameterCount(layerConfig);
  const expert = expertParameterCount(layerConfig);
  return { total: embed + router + config.numExperts * expert, active: embed + router + config.k * expert };
}
