import type { VectorLike } from './types';
import { checkPositive, checkVector } from './validate';

/** Gradients of a loss with respect to LayerNorm's input, gain and bias for one row. */
export interface LayerNormGradients {
  dx: number[];
  dGain: number[];
  dBias: number[];
}

/**
 * The backward pass of `layerNorm` for one row `x` (length d), given the upstream gradient `g`
 * with respect to its output $y = \gamma\odot\hat x + \beta$, $\hat x = (x-\mu)/\tilde\sigma$,
 * $\tilde\sigma = \sqrt{\sigma^2+\varepsilon}$:
 *
 * $$\frac{\partial L}{\partial\beta} = g,\qquad \frac{\partial L}{\partial\gamma} = g\odot\hat x,\qquad
 *   \frac{\partial L}{\partial x} = \frac{1}{\tilde\sigma}\Big(h - \overline{h} - \hat x\,\overline{h\odot\hat x}\Big),\quad h = g\odot\gamma$$
 *
 * (bars are means over the d coordinates). The two subtracted means are what the mean and the
 * variance pass back: $\partial L/\partial x$ sums to 0 and, as $\varepsilon\to 0$, is orthogonal to $\hat x$. Source: the
 * chain rule through Ba, Kiros & Hinton 2016 (arXiv:1607.06450), eq. 4, as `layerNorm` computes it.
 */
export function layerNormBackward(x: VectorLike, gain: VectorLike, g: VectorLike, epsilon: number): LayerNormGradients {
  const d = checkVector(x, 'x');
  checkVector(gain, 'gain', { length: d });
  checkVector(g, 'g', { length: d });
  checkPositive(epsilon, 'epsilon');
  const mean = x.reduce((s, v) => s + v, 0) / d;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
  const inv = 1 / Math.sqrt(variance + epsilon);
  const xHat = x.map((v) => (v - mean) * inv);
  const h = g.map((gi, i) => gi * gain[i]);
  const hMean = h.reduce((s, v) => s + v, 0) / d;
  const hxMean = h.reduce((s, v, i) => s + v * xHat[i], 0) / d;
  return {
    dx: h.map((hi, i) => inv * (hi - hMean - xHat[i] * hxMean)),
    dGain: g.map((gi, i) => gi * xHat[i]),
    dBias: [...g],
  };
}
