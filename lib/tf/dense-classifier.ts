import * as tf from '@tensorflow/tfjs';
import { activationBackward, crossEntropyWithGradient } from './backprop';
import { activate, addBias, glorotVariable, glorotWithBias, withOnes, zerosVariable, type ActivationName, type UniformSource } from './init';
import { moeParameterCounts, type MoeClassifierConfig } from './moe-classifier';

/** A dense one-hidden-layer MLP classifier: input → Linear(hidden) + φ → Linear(C). */
export interface DenseClassifierConfig {
  inputDim: number;
  hidden: number;
  numClasses: number;
  activation: ActivationName;
}

/** Variables of the dense classifier. */
export interface DenseClassifier {
  config: DenseClassifierConfig;
  /** First-layer weights over their bias row, [inputDim + 1, hidden] (see `withOnes`). */
  w1: tf.Variable;
  /** [hidden, C] */
  w2: tf.Variable;
  /** [1, C] */
  b2: tf.Variable;
  variables: tf.Variable[];
}

/** Creates the dense baseline, Glorot-uniform from the seeded `rng`, biases zero. */
export function createDenseClassifier(config: DenseClassifierConfig, rng: UniformSource): DenseClassifier {
  const w1 = glorotWithBias(rng, config.inputDim, config.hidden);
  const w2 = glorotVariable(rng, config.hidden, config.numClasses);
  const b2 = zerosVariable([1, config.numClasses]);
  return { config, w1, w2, b2, variables: [w1, w2, b2] };
}

/** Class logits [tokens, C] for x [tokens, inputDim]. */
export function denseForward(model: DenseClassifier, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => traceDenseForward(model, x).logits);
}

/** The forward pass with what its backward pass reads: [x, 1], the hidden activations and the logits. */
function traceDenseForward(model: DenseClassifier, x: tf.Tensor2D): { inputOnes: tf.Tensor2D; hidden: tf.Tensor2D; logits: tf.Tensor2D } {
  return tf.tidy(() => {
    const inputOnes = withOnes(x);
    const hidden = activate(inputOnes.matMul(model.w1), model.config.activation) as tf.Tensor2D;
    return { inputOnes, hidden, logits: addBias(hidden.matMul(model.w2), model.b2) };
  });
}

/**
 * The batch's mean cross-entropy and its gradient for each of `model.variables`, in that order,
 * derived by hand (no gradient tape: see `moe-gradients.ts` for why).
 */
export function denseGradients(model: DenseClassifier, x: tf.Tensor2D, labels: tf.Tensor2D): { loss: tf.Scalar; grads: tf.Tensor[] } {
  return tf.tidy(() => {
    const { inputOnes, hidden, logits } = traceDenseForward(model, x);
    const { loss, dLogits } = crossEntropyWithGradient(logits, labels);
    const dPre = activationBackward(hidden, dLogits.matMul(model.w2, false, true) as tf.Tensor2D, model.config.activation);
    const grads = [inputOnes.matMul(dPre, true, false), hidden.matMul(dLogits, true, false), dLogits.sum(0, true)];
    return { loss, grads };
  });
}

/** Mean cross-entropy of the dense model on a batch; `labels` one-hot [tokens, C]. */
export function denseLoss(model: DenseClassifier, x: tf.Tensor2D, labels: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.losses.softmaxCrossEntropy(labels, denseForward(model, x)) as tf.Scalar);
}

/** Parameters of the dense MLP with `hidden` units: (d_in + 1)·H + (H + 1)·C. */
export function denseParameterCount(inputDim: number, hidden: number, numClasses: number): number {
  return (inputDim + 1) * hidden + (hidden + 1) * numClasses;
}

/** Parameter counts of an MoE classifier and of its dense baseline with equal active parameters. */
export interface ParameterComparison {
  moeTotal: number;
  /** Used for one token: (embedding) + router + K experts. */
  moeActive: number;
  denseHidden: number;
  dense: number;
}

/**
 * Sizes the dense baseline so its parameter count is as close as an integer hidden size allows to
 * the MoE's active parameters per token (each hidden unit adds d_in + 1 + C parameters).
 */
export function compareParameterCounts(config: MoeClassifierConfig): ParameterComparison {
  const { total, active } = moeParameterCounts(config);
  const perUnit = config.inputDim + 1 + config.numClasses;
  const denseHidden = Math.max(1, Math.round((active - config.numClasses) / perUnit));
  return { moeTotal: total, moeActive: active, denseHidden, dense: denseParameterCount(config.inputDim, denseHidden, config.numClasses) };
}
