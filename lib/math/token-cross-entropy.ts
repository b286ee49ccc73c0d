import type { Matrix, MatrixLike } from './types';
import { softmaxChecked } from './softmax';
import { checkInteger, checkMatrix } from './validate';

/** Options of `tokenCrossEntropy`, named as in PyTorch's `cross_entropy`. */
export interface TokenCrossEntropyOptions {
  /** targets equal to this id add nothing to the loss or the count (padding); default none */
  ignoreIndex?: number;
  /** ε in [0, 1): the target distribution is (1 − ε)·one-hot + ε/V on every class; default 0 */
  labelSmoothing?: number;
}

/**
 * Mean next-token cross-entropy over the positions whose target is not `ignoreIndex`, with label
 * smoothing, and its gradient with respect to the logits (tokens × vocab).
 *
 * $$q_t = (1-\varepsilon)\,e_{y_t} + \tfrac{\varepsilon}{V}\mathbf 1,\qquad
 *   \mathcal L = \frac1N\sum_{t:\,y_t\ne\text{ignore}} -\sum_i q_{t,i}\log p_{t,i},\qquad
 *   \frac{\partial\mathcal L}{\partial z_t} = \frac{p_t - q_t}{N}$$
 *
 * with $p_t = \mathrm{softmax}(z_t)$ and $N$ the positions kept; ignored rows get a zero gradient.
 * At least one position must be kept (PyTorch returns NaN, 0/0, when none is). Sources: label
 * smoothing, Szegedy et al. 2016, "Rethinking the Inception Architecture" (arXiv:1512.00567), §7;
 * the reduction and `ignore_index` as PyTorch's `torch.nn.functional.cross_entropy` documents them.
 */
export function tokenCrossEntropy(logits: MatrixLike, targets: readonly number[], options: TokenCrossEntropyOptions = {}): { loss: number; gradient: Matrix } {
  const { rows, cols: vocab } = checkMatrix(logits, 'logits');
  const { ignoreIndex, labelSmoothing = 0 } = options;
  if (!(labelSmoothing >= 0 && labelSmoothing < 1)) throw new RangeError(`labelSmoothing must be in [0, 1), got ${String(labelSmoothing)}`);
  if (!Array.isArray(targets) || targets.length !== rows) throw new RangeError(`targets must hold ${rows} token ids, got ${targets?.length}`);
  const kept = targets.map((y, t) => {
    if (y === ignoreIndex) return false;
    checkInteger(y, `targets[${t}]`, 0, vocab - 1);
    return true;
  });
  const n = kept.filter(Boolean).length;
  if (n === 0) throw new RangeError('every target is ignoreIndex: the mean loss is undefined');
  const eps = labelSmoothing;
  let total = 0;
  const gradient = logits.map((z, t) => {
    if (!kept[t]) return new Array<number>(vocab).fill(0);
    const p = softmaxChecked(z, `logits[${t}]`);
    const q = p.map((_, i) => (i === targets[t] ? 1 - eps : 0) + eps / vocab);
    // log p from the logits (LSE form) so a near-zero p does not become −∞
    const max = Math.max(...z);
    const lse = max + Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0));
    total += q.reduce((s, qi, i) => s - qi * (z[i] - lse), 0);
    return p.map((pi, i) => (pi - q[i]) / n);
  });
  return { loss: total / n, gradient };
}
