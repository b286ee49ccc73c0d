import * as tf from '@tensorflow/tfjs';
import type { UniformSource } from './init';

/**
 * B independent one-hidden-layer ReLU MLPs (input → Linear(H) + ReLU → Linear(C)) held as batched
 * weights, so one batched matMul trains them all at once. Model b sees the same inputs as the
 * others but weights each sample by its own multiplicity (bootstrap counts; 0 = not in its sample).
 */
export interface MlpStack {
  models: number;
  inputDim: number;
  hidden: number;
  numClasses: number;
  /** [B, inputDim + 1, H]: first-layer weights over their bias row. */
  w1: tf.Variable;
  /** [B, H, C] */
  w2: tf.Variable;
  /** [B, 1, C] */
  b2: tf.Variable;
  variables: tf.Variable[];
}

/** A variable holding `initial`'s values; `initial` is disposed. */
function variableFrom(initial: tf.Tensor): tf.Variable {
  const v = tf.variable(initial);
  initial.dispose();
  return v;
}

/** Creates `models` MLPs, each Glorot-uniform from the seeded `rng` (model after model), biases zero. */
export function createMlpStack(models: number, inputDim: number, hidden: number, numClasses: number, rng: UniformSource): MlpStack {
  const glorot = (rows: number, cols: number, extraRows: number) => {
    const limit = Math.sqrt(6 / (rows + cols));
    const data = new Float32Array(models * (rows + extraRows) * cols);
    for (let b = 0; b < models; b++) {
      const offset = b * (rows + extraRows) * cols;
      for (let i = 0; i < rows * cols; i++) data[offset + i] = (2 * rng.next() - 1) * limit;
    }
    return variableFrom(tf.tensor3d(data, [models, rows + extraRows, cols]));
  };
  const w1 = glorot(inputDim, hidden, 1);
  const w2 = glorot(hidden, numClasses, 0);
  const b2 = variableFrom(tf.zeros([models, 1, numClasses]));
  return { models, inputDim, hidden, numClasses, w1, w2, b2, variables: [w1, w2, b2] };
}

/** [x, 1] repeated for every model: [B, n, inputDim + 1]; build it once per input set. */
export function stackInputs(stack: MlpStack, x: tf.Tensor2D): tf.Tensor3D {
  return tf.tidy(() => {
    const withOnes = tf.concat([x, tf.ones([x.shape[0], 1])], 1);
    return withOnes.expandDims(0).tile([stack.models, 1, 1]) as tf.Tensor3D;
  });
}

/** Class logits [B, n, C] of every model for inputs from `stackInputs`. */
export function mlpStackForward(stack: MlpStack, inputs: tf.Tensor3D): tf.Tensor3D {
  return tf.tidy(() => tf.relu(tf.matMul(inputs, stack.w1)).matMul(stack.w2).add(stack.b2) as tf.Tensor3D);
}

/**
 * Sum over models of each model's weighted mean cross-entropy,
 * $\sum_b \frac{\sum_s c_{bs}\,CE_{bs}}{\sum_s c_{bs}}$ (`counts` [B, n], `oneHot` [n, C]); the
 * models share no parameters, so each one's gradient is that of its own loss.
 */
export function mlpStackLoss(stack: MlpStack, inputs: tf.Tensor3D, oneHot: tf.Tensor2D, counts: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const logProbs = tf.logSoftmax(mlpStackForward(stack, inputs));
    const ce = logProbs.mul(oneHot.expandDims(0)).sum(2).neg() as tf.Tensor2D;
    return ce.mul(counts).sum(1).div(counts.sum(1)).sum() as tf.Scalar;
  });
}

/** Class probabilities of every model, flat [B][n][C] (model-major). */
export function mlpStackProbs(stack: MlpStack, inputs: tf.Tensor3D): Float32Array {
  const probs = tf.tidy(() => tf.softmax(mlpStackForward(stack, inputs)));
  const out = new Float32Array(probs.dataSync());
  probs.dispose();
  return out;
}

/** Frees the stack's variables. */
export function disposeMlpStack(stack: MlpStack): void {
  for (const v of stack.variables) v.dispose();
}
