import * as tf from '@tensorflow/tfjs';
import type { ActivationName } from './activation-names';

/** A seeded source of uniform numbers in [0, 1) (the `next` of `lib/math` createRandom). */
export interface UniformSource {
  next(): number;
}

/**
 * A trainable [rows, cols] variable drawn from Glorot-uniform, U(−a, a) with
 * $a = \sqrt{6 / (fanIn + fanOut)}$, from a seeded source so a seed fixes the whole run;
 * `zeroRows` extra rows of zeros below (bias rows).
 */
export function glorotVariable(rng: UniformSource, rows: number, cols: number, fanIn = rows, fanOut = cols, zeroRows = 0): tf.Variable {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const data = new Float32Array((rows + zeroRows) * cols);
  for (let i = 0; i < rows * cols; i++) data[i] = (2 * rng.next() - 1) * limit;
  return variableFrom(tf.tensor2d(data, [rows + zeroRows, cols]));
}

/**
 * [x, 1]: appends a column of ones, so x·W with W's last row as bias adds the bias inside the
 * matMul: this saves a broadcasting add, a variable and its Adam kernels. Best on inputs that need
 * no gradient (data), since the gradient of concat (SplitV) is slow on the tfjs cpu backend.
 */
export function withOnes(x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.concat([x, tf.ones([x.shape[0], 1])], 1));
}

/** A [rows + 1, cols] Glorot variable whose last row is a zero bias, for use with `withOnes`. */
export function glorotWithBias(rng: UniformSource, rows: number, cols: number, fanIn = rows, fanOut = cols): tf.Variable {
  return glorotVariable(rng, rows, cols, fanIn, fanOut, 1);
}

/**
 * y + b for y [rows, cols] and a bias row b [1, cols], as y + 1·b: on the tfjs cpu backend a
 * broadcasting add costs ~5× a same-shape add plus this small matMul.
 */
export function addBias(y: tf.Tensor, bias: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => y.add(tf.ones([y.shape[0], 1]).matMul(bias as tf.Tensor2D)) as tf.Tensor2D);
}

/** A variable holding `initial`'s values; `initial` is disposed (tf.variable would otherwise leave it counted). */
function variableFrom(initial: tf.Tensor): tf.Variable {
  const v = tf.variable(initial);
  initial.dispose();
  return v;
}

/** A trainable variable of zeros (biases; Shazeer's noise weights start at zero too). */
export function zerosVariable(shape: number[]): tf.Variable {
  return variableFrom(tf.zeros(shape));
}

export { ACTIVATION_NAMES, type ActivationName } from './activation-names';

/** Applies the named activation element-wise. */
export function activate(x: tf.Tensor, name: ActivationName): tf.Tensor {
  return name === 'relu' ? tf.relu(x) : tf.tanh(x);
}

/** Number of scalars in a list of variables. */
export function countParameters(variables: readonly tf.Variable[]): number {
  return variables.reduce((sum, v) => sum + v.size, 0);
}
