import type { VectorLike } from './types';
import { softmaxChecked } from './softmax';
import { checkVector } from './validate';

/**
 * The gradient of a loss with respect to the logits `x` of a softmax, given the gradient `g`
 * with respect to its output $s = \mathrm{softmax}(x)$: a Jacobian-vector product that never
 * forms the $n\times n$ Jacobian.
 *
 * $$J = \mathrm{diag}(s) - s s^\top,\qquad \frac{\partial L}{\partial x} = J^\top g = s \odot (g - s^\top g)$$
 *
 * ($J$ is symmetric, so $J^\top g = J g$.) The result always sums to 0: adding a constant to every
 * logit leaves the softmax unchanged. Source: the derivative of softmax, e.g. Goodfellow, Bengio &
 * Courville 2016, *Deep Learning*, §6.2.2.3.
 */
export function softmaxBackward(x: VectorLike, g: VectorLike): number[] {
  const n = checkVector(x, 'x');
  checkVector(g, 'g', { length: n });
  const s = softmaxChecked(x, 'x');
  let dot = 0;
  for (let i = 0; i < n; i++) dot += s[i] * g[i];
  return s.map((si, i) => si * (g[i] - dot));
}
