import type { VectorLike } from './types';
import { logSumExpChecked } from './softmax';
import { checkInteger, checkVector } from './validate';

/**
 * Cross-entropy (in nats) of a predicted distribution `probs` for the true class `target`;
 * Infinity when the true class has probability 0.
 *
 * $$\mathcal L = -\log p_{y}$$
 *
 * Source: the next-token objective of a decoder-only LM (Vaswani et al. 2017, arXiv:1706.03762; FACTS A2).
 */
export function crossEntropy(probs: VectorLike, target: number): number {
  const n = checkVector(probs, 'probs');
  checkInteger(target, 'target', 0, n - 1);
  probs.forEach((p, i) => {
    if (p < 0) throw new RangeError(`probs[${i}] must be ≥ 0, got ${p}`);
  });
  return -Math.log(probs[target]);
}

/**
 * Cross-entropy (in nats) of softmax(`logits`) for the true class `target`, computed stably
 * without forming the probabilities.
 *
 * $$\mathcal L = -\log \mathrm{softmax}(z)_y = \mathrm{LSE}(z) - z_y$$
 *
 * Source: as `crossEntropy`; the LSE form is the standard numerically stable evaluation.
 */
export function crossEntropyFromLogits(logits: VectorLike, target: number): number {
  const n = checkVector(logits, 'logits');
  checkInteger(target, 'target', 0, n - 1);
  return logSumExpChecked(logits) - logits[target];
}
