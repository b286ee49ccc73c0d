import type { Matrix, MatrixLike, VectorLike } from './types';
import { checkMatrix, checkPositive, checkVector } from './validate';

/** Default ε of `layerNorm`, added to the variance for numerical stability. */
export const LAYER_NORM_EPSILON = 1e-5;

/**
 * Layer normalisation of each row of `x` (T × d): subtract the row's mean, divide by
 * √(variance + ε) (population variance), then scale by `gain` and shift by `bias` (length d).
 *
 * $$\mathrm{LN}(x) = \gamma \odot \frac{x - \mu}{\sqrt{\sigma^2 + \varepsilon}} + \beta,\qquad
 * \mu = \frac1d \sum_i x_i,\ \sigma^2 = \frac1d \sum_i (x_i - \mu)^2$$
 *
 * Source: Ba, Kiros & Hinton 2016, "Layer Normalization", arXiv:1607.06450, eq. 4.
 */
export function layerNorm(x: MatrixLike, gain: VectorLike, bias: VectorLike, epsilon = LAYER_NORM_EPSILON): Matrix {
  const { cols: d } = checkMatrix(x, 'x');
  checkVector(gain, 'gain', { length: d });
  checkVector(bias, 'bias', { length: d });
  checkPositive(epsilon, 'epsilon');
  return x.map((row) => {
    const mean = row.reduce((s, v) => s + v, 0) / d;
    const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
    const inv = 1 / Math.sqrt(variance + epsilon);
    return row.map((v, i) => gain[i] * (v - mean) * inv + bias[i]);
  });
}
