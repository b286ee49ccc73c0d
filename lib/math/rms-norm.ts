import type { VectorLike } from './types';
import { checkPositive, checkVector } from './validate';

/** Default ε of `rmsNorm`, added to the mean square (the value Llama's reference code uses). */
export const RMS_NORM_EPSILON = 1e-6;

/**
 * Root-mean-square normalisation of one vector: divide by the root of the mean square, then
 * scale by `gain` (length d). Unlike LayerNorm it subtracts no mean and adds no bias.
 *
 * $$\mathrm{RMSNorm}(x)_i = \frac{x_i}{\sqrt{\frac1d \sum_j x_j^2 + \varepsilon}}\, g_i$$
 *
 * Source: Zhang & Sennrich 2019, "Root Mean Square Layer Normalization", NeurIPS 2019,
 * arXiv:1910.07467, eq. 4 (written there without ε; implementations add it so that a zero
 * vector does not divide by zero).
 */
export function rmsNorm(x: VectorLike, gain: VectorLike, eps = RMS_NORM_EPSILON): number[] {
  const d = checkVector(x, 'x');
  checkVector(gain, 'gain', { length: d });
  checkPositive(eps, 'eps');
  const meanSquare = x.reduce((s, v) => s + v * v, 0) / d;
  const inv = 1 / Math.sqrt(meanSquare + eps);
  return x.map((v, i) => v * inv * gain[i]);
}

/** The root mean square $\sqrt{\frac1d\sum_j x_j^2}$ of a vector (no ε). */
export function rootMeanSquare(x: VectorLike): number {
  const d = checkVector(x, 'x');
  return Math.sqrt(x.reduce((s, v) => s + v * v, 0) / d);
}
